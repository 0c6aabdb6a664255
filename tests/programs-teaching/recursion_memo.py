# Recursion chapter: classic recursive functions, their call counts, memoisation and recursion limits
import sys
from functools import lru_cache, cache, wraps

calls = 0


def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


for n in (10, 15, 20):
    calls = 0
    print(f"fib({n}) = {fib_naive(n)} in {calls} calls")


def memoize(f):
    memo = {}

    @wraps(f)
    def wrapper(*args):
        if args not in memo:
            memo[args] = f(*args)
        return memo[args]
    wrapper.memo = memo
    return wrapper


@memoize
def fib_memo(n):
    """Fibonacci with a hand-written memo."""
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


print(fib_memo(100), len(fib_memo.memo), fib_memo.__name__, fib_memo.__doc__, fib_memo.__wrapped__.__name__)


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


for disk, a, b in hanoi(3):
    print(f"move disk {disk} from {a} to {b}")
print([len(hanoi(n)) for n in range(1, 11)])


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def binary_search(seq, target, lo=0, hi=None, depth=0):
    if hi is None:
        hi = len(seq) - 1
    if lo > hi:
        return -1, depth
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid, depth
    if seq[mid] < target:
        return binary_search(seq, target, mid + 1, hi, depth + 1)
    return binary_search(seq, target, lo, mid - 1, depth + 1)


def flood_fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return grid

    def fill(r, c):
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                fill(r + dr, c + dc)
    fill(r, c)
    return grid


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def to_base(n, base):
    digits = "0123456789ABCDEF"
    return digits[n] if n < base else to_base(n // base, base) + digits[n % base]


def is_palindrome(s):
    s = "".join(ch.lower() for ch in s if ch.isalnum())
    return len(s) < 2 or (s[0] == s[-1] and is_palindrome(s[1:-1]))


def sum_nested(x):
    return sum(sum_nested(i) for i in x) if isinstance(x, (list, tuple)) else x


def koch(order):
    if order == 0:
        return "F"
    inner = koch(order - 1)
    return "+".join([inner, inner]).join(["", "-" + inner]) if False else inner + "+" + inner + "--" + inner + "+" + inner


print(permutations([1, 2, 3]), len(permutations(list("abcde"))))
print(power_set(["a", "b", "c"]))
data = list(range(0, 100, 3))
print([binary_search(data, t) for t in (0, 27, 99, 50)])
img = [list(row) for row in ["..##.", ".#..#", ".#..#", "..##."]]
for row in flood_fill(img, 1, 2, "o"):
    print("".join(row))
print(gcd(1071, 462), [to_base(255, b) for b in (2, 8, 10, 16)], to_base(0, 2))
print([is_palindrome(s) for s in ("Racecar", "A man, a plan, a canal: Panama", "abc", "")])
print(sum_nested([1, [2, [3, [4, (5, 6)]]], 7]), len(koch(3)), koch(1))


@lru_cache(maxsize=None)
def count_change(amount, coins=(50, 25, 10, 5, 1)):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])


print(count_change(100), count_change(300), count_change.cache_info().hits > 0)


@cache
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


print([catalan(n) for n in range(15)])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(sys.getrecursionlimit(), depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(depth(800), sys.getrecursionlimit())


def ackermann(m, n):
    while m:
        n = 1 if n == 0 else ackermann(m, n - 1)
        m -= 1
    return n + 1


print(ackermann(2, 3), ackermann(3, 4))


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(10), mutual_odd(7), mutual_even(7))


def collatz_path(n, path=()):
    path = path + (n,)
    if n == 1:
        return path
    return collatz_path(n // 2 if n % 2 == 0 else 3 * n + 1, path)


print(collatz_path(27)[:12], len(collatz_path(27)), max(collatz_path(27)))
