# N-queens by backtracking: count solutions and print the first board.
def solve(n):
    sols = []
    cols = [0] * n

    def place(row, used, d1, d2):
        if row == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if c in used or (row - c) in d1 or (row + c) in d2:
                continue
            cols[row] = c
            used.add(c); d1.add(row - c); d2.add(row + c)
            place(row + 1, used, d1, d2)
            used.discard(c); d1.discard(row - c); d2.discard(row + c)

    place(0, set(), set(), set())
    return sols

for n in range(1, 9):
    s = solve(n)
    print(n, len(s), s[0] if s else None)
first = solve(8)[0]
for r in range(8):
    print("".join(["Q" if first[r] == c else "." for c in range(8)]))
