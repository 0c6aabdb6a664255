"""N-queens via permutations and via backtracking generators (own version)."""
from itertools import permutations
from functools import reduce
import operator


def n_queens_perm(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def n_queens_bt(n):
    def place(row, used, d1, d2, acc):
        if row == n:
            yield tuple(acc)
            return
        for c in range(n):
            if c in used or (row + c) in d1 or (row - c) in d2:
                continue
            used.add(c); d1.add(row + c); d2.add(row - c); acc.append(c)
            yield from place(row + 1, used, d1, d2, acc)
            acc.pop(); used.discard(c); d1.discard(row + c); d2.discard(row - c)
    yield from place(0, set(), set(), set(), [])


def board(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


def main():
    for n in range(4, 8):
        a = list(n_queens_perm(n))
        b = sorted(n_queens_bt(n))
        assert sorted(a) == b, n
        print(n, len(a), a[:2] if a else None)
    sols = list(n_queens_bt(8))
    print("8 queens:", len(sols))
    print(board(sols[0]))
    checksum = reduce(operator.xor, (hash(s) & 0xFFFF for s in [tuple(range(3))]), 0)
    print("first/last:", sols[0], sols[-1])
    print("sum of first cols:", sum(s[0] for s in sols), checksum >= 0)


if __name__ == "__main__":
    main()
