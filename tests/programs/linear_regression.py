# Least-squares line fit, correlation, and a polynomial fit by normal equations.
xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1, 18.0, 20.2]
n = len(xs)
mx, my = sum(xs) / n, sum(ys) / n
sxy = sum([(x - mx) * (y - my) for x, y in zip(xs, ys)])
sxx = sum([(x - mx) ** 2 for x in xs])
syy = sum([(y - my) ** 2 for y in ys])
slope = sxy / sxx
intercept = my - slope * mx
r = sxy / (sxx * syy) ** 0.5
print(mx, my, slope, intercept, r)
for x, y in zip(xs, ys):
    pred = slope * x + intercept
    print(f"{x:3d} {y:6.2f} {pred:8.4f} {y - pred:+.4f}")

def solve(A, b):
    n = len(A)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c:
                f = M[r][c] / M[c][c]
                M[r] = [a - f * b for a, b in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]

px = [0, 1, 2, 3, 4, 5]
py = [1, 2.2, 5.1, 10.2, 16.9, 26.1]
A = [[sum([x ** (i + j) for x in px]) for j in range(3)] for i in range(3)]
b = [sum([y * x ** i for x, y in zip(px, py)]) for i in range(3)]
print([round(c, 6) for c in solve(A, b)])
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
