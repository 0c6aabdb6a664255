# Iterators and generators chapter: protocols, pipelines, send/throw/close, yield from, itertools recipes
import itertools
from itertools import islice, count, chain, groupby, accumulate, tee, zip_longest


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


print(list(Countdown(5)), list(reversed(Countdown(3))), list(Fib(100)), sum(Fib(1000)))
f = Fib(10)
print(next(f), next(f), list(f), list(f), next(f, "done"))


def read_records(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(records):
    for rec in records:
        name, qty, price = rec.split(";")
        yield name, int(qty), float(price)


def totals(items):
    for name, qty, price in items:
        yield name, qty * price


data = """# inventory
widget;4;2.50
gadget;10;0.99

gizmo;1;19.95
# end"""
pipeline = totals(parse(read_records(data.splitlines())))
print(type(pipeline).__name__, list(pipeline), list(pipeline))


def running_average():
    total = count_ = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count_ += 1
        average = total / count_
    return f"averaged {count_} values"


avg = running_average()
print(next(avg), avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)


def guarded():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("  recovered from", e)
                yield "recovered"
    finally:
        print("  cleanup")


g = guarded()
print(next(g), g.throw(ValueError("bad input")), next(g))
g.close()
print(g.gi_running, state := "closed")


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def delegator():
    result = yield from sub()
    yield f"sub returned {result}"


def sub():
    yield 1
    yield 2
    return "three"


print(list(flatten([1, [2, (3, [4, 5])], [[6]]])), list(delegator()))
squares = (x * x for x in range(10))
print(next(squares), next(squares), 16 in squares, list(squares))
print(list(islice(count(1, 0.5), 5)), list(chain("ab", [1, 2], range(2))), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))], list(zip_longest("abc", [1], fillvalue="?")))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.pairwise("abcd")), list(itertools.batched("abcdefg", 3)))


def take(n, iterable):
    return list(islice(iterable, n))


def primes():
    yield 2
    found = []
    for n in count(3, 2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n))
    if len(window) == n:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


print(take(10, primes()), list(sliding_window(range(6), 3)), take(3, itertools.cycle("xy")))
print(list(itertools.product([0, 1], repeat=3))[:4], list(itertools.permutations("abc", 2))[:4], list(itertools.combinations(range(5), 3))[-2:])
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a", None])))
print(list(enumerate("abc", start=1)), dict(zip("abc", range(3))), sorted(zip([3, 1, 2], "cab")), list(reversed([1, 2, 3])))
gen = (n for n in range(3))
print(iter(gen) is gen, hasattr(gen, "__next__"), sum(gen), sum(gen), all([]), any([]))
words = iter(["alpha", "beta", "gamma"])
for w in words:
    if w == "alpha":
        print("skipping", next(words))
    else:
        print("got", w)
