# Dynamic programming lab: tables printed with format specs, then memoised versions
from functools import lru_cache, cache


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            table[i][j] = table[i - 1][j - 1] + 1 if x == y else max(table[i - 1][j], table[i][j - 1])
    print("     " + "  ".join(f"{c:>1}" for c in " " + b))
    for i, row in enumerate(table):
        print(f"  {(' ' + a)[i]:>1} " + " ".join(f"{v:2d}" for v in row))
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c:
                best[i][c] = max(best[i][c], best[i - 1][c - weight] + value)
    print("cap |" + "".join(f"{c:4d}" for c in range(capacity + 1)))
    print("----+" + "-" * 4 * (capacity + 1))
    for i, row in enumerate(best):
        label = items[i - 1][0][:3] if i else "-"
        print(f"{label:>3} |" + "".join(f"{v:4d}" for v in row))
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][-1], chosen[::-1]


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [float("inf")] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and fewest[a - coin] + 1 < fewest[a]:
                fewest[a] = fewest[a - coin] + 1
    return ways[amount], fewest[amount]


def lis(seq):
    length = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and length[j] + 1 > length[i]:
                length[i], prev[i] = length[j] + 1, j
    k = max(range(len(seq)), key=length.__getitem__)
    out = []
    while k != -1:
        out.append(seq[k]); k = prev[k]
    return out[::-1]


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = min((cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k) for k in range(i, j))[0]
            split[i][j] = min((cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k) for k in range(i, j))[1]

    def paren(i, j):
        return f"A{i + 1}" if i == j else f"({paren(i, split[i][j])}{paren(split[i][j] + 1, j)})"
    return cost[0][n - 1], paren(0, n - 1)


print("LCS:", lcs("AGGTAB", "GXTXAYB"))
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(f"edit({s!r}, {t!r}) = {edit_distance(s, t)}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 15, 200), ("sandwich", 5, 160), ("glucose", 3, 60)]
print(knapsack(items, 20))
print("coins:", coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25, 50], 100))
print("LIS:", lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 20]))
print("matrix chain:", matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(15)], fib(200))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print("grid paths:", [grid_paths(n, n) for n in range(8)], grid_paths(16, 16))


@lru_cache(maxsize=3)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


for n in [1, 2, 3, 1, 4, 2, 1]:
    slow_square(n)
print(slow_square.cache_info())


def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p


print("partitions:", partitions(15))
tri = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
best = tri[-1][:]
for row in reversed(tri[:-1]):
    best = [v + max(best[i], best[i + 1]) for i, v in enumerate(row)]
print("triangle max path:", best[0])
pascal = [[1]]
for _ in range(9):
    last = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(last, last[1:])] + [1])
width = len(" ".join(map(str, pascal[-1])))
for row in pascal:
    print(" ".join(map(str, row)).center(width))
