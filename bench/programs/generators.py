# Generator pipelines: a prime sieve of chained filtering generators, a Collatz walk via
# 'yield from', a windowed running sum, and generator expressions feeding sum/max/any.
import sys


def count_from(n):
    while True:
        yield n
        n += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def up_to_root(found, c):
    for p in found:
        if p * p > c:
            return
        yield p


def primes_below(limit):
    # Trial division by the primes found so far up to the root: a generator per candidate.
    found = []
    for c in take(limit - 2, count_from(2)):
        if all(c % p for p in up_to_root(found, c)):
            found.append(c)
            yield c


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def walks(limit):
    for start in range(1, limit):
        yield from collatz(start)


def windows(it, k):
    window = []
    total = 0
    for x in it:
        window.append(x)
        total += x
        if len(window) > k:
            total -= window.pop(0)
        if len(window) == k:
            yield total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
ps = list(primes_below(n))
print(len(ps), ps[-1], sum(p % 7 for p in ps))
steps = 0
peak = 0
for v in walks(n // 4):
    steps += 1
    if v > peak:
        peak = v
print(steps, peak)
print(max(windows((x * x % 97 for x in range(n * 5)), 16)), any(x > 2 * n for x in count_from(1) if x > n))
