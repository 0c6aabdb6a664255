# Odd-order magic squares (Siamese method) and their checks.
def magic(n):
    m = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if m[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return m

for n in (3, 5, 7):
    m = magic(n)
    for row in m:
        print(" ".join([f"{v:2d}" for v in row]))
    target = n * (n * n + 1) // 2
    ok = all([sum(row) == target for row in m]) and all([sum([m[r][c] for r in range(n)]) == target for c in range(n)])
    print(n, target, ok, sum([m[i][i] for i in range(n)]), sum([m[i][n - 1 - i] for i in range(n)]))
