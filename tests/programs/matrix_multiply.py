# Matrix multiply, transpose, identity, power of a matrix (Fibonacci via matrices).
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]

def transpose(a):
    return [list(row) for row in zip(*a)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
print(matmul(transpose(a), a))
print(matpow([[1, 1], [1, 0]], 90))
f = [[0.5, 0.25], [0.125, 2.0]]
print(matmul(f, f))
print(matpow(f, 5))
for row in matmul(identity(4), [[i * j for j in range(4)] for i in range(4)]):
    print(" ".join([str(x).rjust(3) for x in row]))
