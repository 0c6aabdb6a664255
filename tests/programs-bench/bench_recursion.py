"""Recursion under sys.setrecursionlimit: ackermann, tak, takeuchi, mutual recursion, recursive
descent over nested lists, and RecursionError recovery (own version)."""
import sys
from functools import lru_cache

sys.setrecursionlimit(12000)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def takf(x, y, z):
    if not y < x:
        return z
    return takf(takf(x - 1.0, y, z), takf(y - 1.0, z, x), takf(z - 1.0, x, y))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def nest(d):
    return [] if d == 0 else [nest(d - 1), d]


def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(y) for y in x), default=0)
    return 0


def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)


class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)

    def total(self):
        return self.v + sum(k.total() for k in self.kids)

    def __repr__(self):
        return f"T({self.v}{', ' if self.kids else ''}{', '.join(map(repr, self.kids))})"


def main():
    print("ack(2,3..)", [ack(2, n) for n in range(6)])
    print("ack(3,3)", ack(3, 3))
    print("tak", tak(14, 8, 2), takf(10.0, 6.0, 2.0))
    print("even", is_even(700), is_odd(701))
    print("sum_to", sum_to(800))
    d = nest(120)
    print("depth", depth(d), sum(flatten(d)))
    print("partitions", partitions(80, 80), partitions.cache_info().currsize)
    moves = []
    hanoi(10, "A", "B", "C", moves)
    print("hanoi", len(moves), moves[:3], moves[-1])
    t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
    chain = t
    for i in range(150):
        chain = Tree(i, [chain])
    print("tree", t, chain.total())

    def runaway(n):
        return runaway(n + 1) + 1

    sys.setrecursionlimit(600)
    try:
        runaway(0)
    except RecursionError as e:
        print("RecursionError:", e)
    sys.setrecursionlimit(12000)
    print("after", sum_to(100), sys.getrecursionlimit())
    sys.setrecursionlimit(200)
    try:
        sum_to(500)
    except RecursionError:
        print("limit 200 hit")
    sys.setrecursionlimit(12000)
    print("ok", sum_to(750))


main()
