# Spiral fill, rotation, and transposition of square matrices.
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m

def rotate(m):
    return [list(row) for row in zip(*m[::-1])]

def show(m):
    w = len(str(max([max(row) for row in m])))
    for row in m:
        print(" ".join([str(v).rjust(w) for v in row]))

m = spiral(5)
show(m)
print()
show(rotate(m))
print()
show([list(r) for r in zip(*m)])
print(rotate(rotate(rotate(rotate(m)))) == m, [m[i][i] for i in range(5)], [m[i][4 - i] for i in range(5)])
for n in (1, 2, 3, 6):
    print(n, spiral(n))
