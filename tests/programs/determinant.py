# Determinants: cofactor expansion with ints (exact) and Gaussian elimination with floats.
def det_exact(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det_exact(minor)
    return total

def det_float(m):
    m = [[float(v) for v in row] for row in m]
    n = len(m)
    d = 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if m[p][c] == 0:
            return 0.0
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d

mats = [[[1, 2], [3, 4]], [[2, 0, 1], [1, 3, 2], [1, 1, 1]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
        [[i ** j for j in range(5)] for i in range(1, 6)], [[10**10 + i * j for j in range(4)] for i in range(4)],
        [[1 / (i + j + 1) for j in range(4)] for i in range(4)]]
for m in mats:
    print(det_exact(m), det_float(m))
hilbert = [[1 / (i + j + 1) for j in range(6)] for i in range(6)]
print(det_float(hilbert), 1 / det_float(hilbert))
