# An ASCII Mandelbrot set: a float-heavy loop.
chars = " .:-=+*#%@"
for row in range(24):
    y = 1.2 - row * 0.1
    line = ""
    for col in range(64):
        x = -2.1 + col * 0.05
        zr = zi = 0.0
        n = 0
        while n < 40 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
            n += 1
        line += chars[n % len(chars)] if n < 40 else "@"
    print(line)
area = 0
for i in range(40):
    for j in range(40):
        cr, ci = -2 + i * 0.0625, -1.25 + j * 0.0625
        zr = zi = 0.0
        for k in range(50):
            zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
            if zr * zr + zi * zi > 4:
                break
        else:
            area += 1
print(area, area * 0.0625 ** 2)
