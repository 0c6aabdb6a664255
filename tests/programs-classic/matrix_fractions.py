# Exact linear algebra with fractions: Gaussian elimination, determinants, inverses.
from fractions import Fraction


def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def identity(n):
    return [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]


def determinant(m):
    m = [row[:] for row in m]
    n, det = len(m), Fraction(1)
    for i in range(n):
        pivot = next((r for r in range(i, n) if m[r][i] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != i:
            m[i], m[pivot] = m[pivot], m[i]
            det = -det
        det *= m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            m[r] = [a - f * b for a, b in zip(m[r], m[i])]
    return det


def inverse(m):
    n = len(m)
    aug = [list(map(Fraction, row)) + idrow for row, idrow in zip(m, identity(n))]
    for i in range(n):
        pivot = max(range(i, n), key=lambda r: abs(aug[r][i]))
        aug[i], aug[pivot] = aug[pivot], aug[i]
        p = aug[i][i]
        aug[i] = [x / p for x in aug[i]]
        for r in range(n):
            if r != i:
                f = aug[r][i]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[i])]
    return [row[n:] for row in aug]


def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(f"{str(x):>{width}}" for x in row) + "]")


A = [[Fraction(x) for x in row] for row in [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]]
print("det A =", determinant(A))
inv = inverse(A)
show(inv)
show(mat_mul(A, inv))
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("det Hilbert(4) =", determinant(H))
show(inverse(H))
x = Fraction(3, 4)
print(x, x + 1, x * x, x / 3, x ** 2, -x, abs(-x), float(x), x.numerator, x.denominator)
print(Fraction("1.25"), Fraction(0.5), Fraction(1, 3) < Fraction(1, 2), Fraction(7, 3).limit_denominator(2))
print(repr(Fraction(-6, 4)), round(Fraction(7, 2)), int(Fraction(-7, 2)), Fraction(355, 113) == 355 / 113)
print(sum(Fraction(1, n) for n in range(1, 11)))
