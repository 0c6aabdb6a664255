# N-queens (after pyperformance's bm_nqueens): counts solutions by generating permutations
# with a recursive generator and filtering them with sets and generator expressions.
import sys


def permutations(items):
    n = len(items)
    if n <= 1:
        yield list(items)
        return
    for i in range(n):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.append(items[i])
            yield p


def n_queens(n):
    cols = list(range(n))
    count = 0
    first = None
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            count += 1
            if first is None:
                first = tuple(vec)
    return count, first


def solve_backtrack(n):
    # The classic recursive search with three occupancy sets: function calls and set ops.
    def place(row, cols, d1, d2):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c not in cols and row + c not in d1 and row - c not in d2:
                cols.add(c)
                d1.add(row + c)
                d2.add(row - c)
                total += place(row + 1, cols, d1, d2)
                cols.remove(c)
                d1.remove(row + c)
                d2.remove(row - c)
        return total
    return place(0, set(), set(), set())


n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
print(*n_queens(n))
print(solve_backtrack(n + 2))
