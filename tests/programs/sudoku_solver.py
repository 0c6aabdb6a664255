# A backtracking Sudoku solver with candidate sets (an easy puzzle, so it is quick).
puzzle = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79",
]
grid = [[int(c) if c != "." else 0 for c in row] for row in puzzle]
steps = [0]

def candidates(r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]

def solve():
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cs = candidates(r, c)
                if best is None or len(cs) < len(best[2]):
                    best = (r, c, cs)
    if best is None:
        return True
    r, c, cs = best
    for v in cs:
        steps[0] += 1
        grid[r][c] = v
        if solve():
            return True
    grid[r][c] = 0
    return False

print(solve(), steps[0])
for r in range(9):
    row = "".join([str(v) for v in grid[r]])
    print(row[:3], row[3:6], row[6:])
print(all([sorted(row) == list(range(1, 10)) for row in grid]), all([sorted([grid[r][c] for r in range(9)]) == list(range(1, 10)) for c in range(9)]))
