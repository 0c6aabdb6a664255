# A Celsius/Fahrenheit/Kelvin table with float formatting.
print(f"{'C':>8} {'F':>8} {'K':>8}")
for c in range(-40, 121, 10):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:8d} {f:8.1f} {k:8.2f}")
for f in (-459.67, 0, 32, 98.6, 212, 451):
    c = (f - 32) * 5 / 9
    print(f, c, round(c, 2), "%.3f" % c, "{:e}".format(c))
temps = [21.5, 19.0, 23.25, 18.75, 25.0, 22.125]
avg = sum(temps) / len(temps)
print(avg, min(temps), max(temps), sorted(temps))
var = sum([(t - avg) ** 2 for t in temps]) / len(temps)
print(var, var ** 0.5)
