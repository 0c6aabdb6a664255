# Textbook exercise: matrices as lists of lists (transpose, multiply, determinant, pretty print).
def transpose(m):
    return [list(row) for row in zip(*m)]
def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(w) for x in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]), det([[5]]))
ident = [[int(i == j) for j in range(4)] for i in range(4)]
print(matmul(ident, ident) == ident, sum(map(sum, ident)), [row.count(1) for row in ident])
