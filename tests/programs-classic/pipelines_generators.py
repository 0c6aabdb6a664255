# Lazy data pipelines with generators and itertools: log parsing, grouping, windows, primes.
import itertools

LOG = """\
2024-01-01 10:00:01 INFO start service=api
2024-01-01 10:00:02 WARN slow request path=/users ms=812
2024-01-01 10:00:02 INFO request path=/users ms=35
2024-01-01 10:00:03 ERROR failed path=/orders code=500
2024-01-01 10:00:04 INFO request path=/orders ms=41
2024-01-01 10:00:05 WARN slow request path=/orders ms=950
2024-01-01 10:00:06 INFO stop service=api"""


def lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for line in lines:
        date, time, level, *rest = line.split()
        fields = dict(kv.split("=", 1) for kv in rest if "=" in kv)
        message = " ".join(w for w in rest if "=" not in w)
        yield {"time": time, "level": level, "message": message, **fields}


def only(level, records):
    return (r for r in records if r["level"] == level)


records = list(parse(lines(LOG)))
print(len(records), records[1])
print([r["time"] for r in only("WARN", records)])
by_level = {k: len(list(g)) for k, g in itertools.groupby(sorted(records, key=lambda r: r["level"]), key=lambda r: r["level"])}
print(by_level)
slow = [int(r["ms"]) for r in records if "ms" in r]
print(slow, sum(slow) / len(slow), max(slow))


def window(iterable, n):
    it = iter(iterable)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


print(list(window(range(6), 3)))
print([sum(w) / 3 for w in window(slow, 3)])


def primes():
    yield 2
    found = []
    for n in itertools.count(3, 2):
        if all(n % p for p in itertools.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


print(list(itertools.islice(primes(), 20)))
print(next(p for p in primes() if p > 1000))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


evens = (x for x in fib() if x % 2 == 0)
print(list(itertools.islice(evens, 10)))
print(list(itertools.chain.from_iterable([[1, 2], (3,), range(4, 6)])))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.pairwise("abcd")))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
gen = (i * i for i in range(3))
print(next(gen), list(gen), list(gen))


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total / count


a = averager()
next(a)
print([a.send(x) for x in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
