# Linear algebra with lists of lists and exact fractions: printing, multiplication, Gaussian elimination, inverse
from fractions import Fraction


def show(m, title):
    print(title)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + "  ".join(f"{str(x):>{width}}" for x in row) + "]")


def identity(n):
    return [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shapes {len(a)}x{len(a[0])} and {len(b)}x{len(b[0])} do not align")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(col) for col in zip(*m)]


def determinant(m):
    m = [row[:] for row in m]
    n = len(m)
    det = Fraction(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            det = -det
        det *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return det


def inverse(m):
    n = len(m)
    aug = [row[:] + ident for row, ident in zip(m, identity(n))]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if aug[pivot][c] == 0:
            raise ZeroDivisionError("matrix is singular")
        aug[c], aug[pivot] = aug[pivot], aug[c]
        p = aug[c][c]
        aug[c] = [x / p for x in aug[c]]
        for r in range(n):
            if r != c and aug[r][c] != 0:
                f = aug[r][c]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]


def solve(m, b):
    inv = inverse(m)
    return [sum(x * y for x, y in zip(row, b)) for row in inv]


A = [[Fraction(v) for v in row] for row in [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]]
b = [Fraction(8), Fraction(-11), Fraction(-3)]
show(A, "A =")
show(transpose(A), "A^T =")
print("det(A) =", determinant(A))
Ainv = inverse(A)
show(Ainv, "A^-1 =")
show(matmul(A, Ainv), "A * A^-1 =")
print("solution:", [str(x) for x in solve(A, b)])
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
show(H, "Hilbert(4) =")
print("det(H) =", determinant(H), float(determinant(H)))
show(inverse(H), "H^-1 =")
S = [[Fraction(1), Fraction(2)], [Fraction(2), Fraction(4)]]
print("det(S) =", determinant(S))
try:
    inverse(S)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    matmul(A, [[1, 2]])
except ValueError as e:
    print("ValueError:", e)
F = [[1, 1], [1, 0]]
P = [[1, 0], [0, 1]]
for _ in range(30):
    P = matmul(P, F)
print("F^30 =", P, "fib(30) =", P[0][1])
R = [[0.0, -1.0], [1.0, 0.0]]
v = [[3.0], [4.0]]
print(matmul(R, v), matmul(matmul(R, R), v), [[round(x, 2) for x in row] for row in matmul([[0.5, 0.25], [0.125, 1 / 3]], [[2, 0], [0, 3]])])
grid = [[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(4)]
for row in grid:
    print(" ".join(f"{x:2d}" for x in row), "|", sum(row))
print(" ".join(f"{sum(col):2d}" for col in zip(*grid)), "| total", sum(map(sum, grid)))
print([row[::-1] for row in grid][0], [list(r) for r in zip(*grid[::-1])][0], max(max(r) for r in grid), sorted({x for r in grid for x in r}))
