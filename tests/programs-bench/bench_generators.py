"""Generator pipelines, coroutines via send(), and a tiny task scheduler (own version)."""
import itertools
import functools
import operator
from contextlib import contextmanager, suppress


def tree(depth):
    if depth == 0:
        return None
    return (tree(depth - 1), depth, tree(depth - 1))


def walk(node):
    if node is None:
        return
    left, v, right = node
    yield from walk(left)
    yield v
    yield from walk(right)


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            print("  averager reset")
            total, count, avg = 0.0, 0, None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)


def primes():
    D = {}
    for q in itertools.count(2):
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]


class Task:
    _ids = itertools.count(1)

    def __init__(self, gen):
        self.id = next(Task._ids)
        self.gen = gen
        self.sendval = None


def scheduler(tasks):
    queue = list(tasks)
    log = []
    while queue:
        t = queue.pop(0)
        try:
            out = t.gen.send(t.sendval)
            log.append((t.id, out))
            t.sendval = out
            queue.append(t)
        except StopIteration as e:
            log.append((t.id, "done", e.value))
    return log


def countdown(n):
    while n > 0:
        got = yield n
        n -= 1
    return "liftoff"


@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield len(out)
    finally:
        out.append(f"</{name}>")


def main():
    print(list(walk(tree(4))))
    print(sum(walk(tree(10))), max(walk(tree(6))))
    results = []
    d = delegator(results)
    next(d)
    for x in (1, 2, 3, None, 10, 20):
        v = d.send(x)
        print("sent", x, "->", v)
    d.throw(ValueError)
    d.send(5)
    d.send(None)
    print(results)
    print(list(itertools.islice(primes(), 15)))
    print(list(itertools.takewhile(lambda p: p < 60, primes()))[-3:])
    print(scheduler([Task(countdown(3)), Task(countdown(2))]))
    g = (x * x for x in range(10) if x % 3)
    print(next(g), list(g), list(g))
    gen = countdown(5)
    print(next(gen), gen.send("x"))
    gen.close()
    with suppress(StopIteration):
        next(gen)
        print("not reached")
    out = []
    with tag("b", out) as n1, tag("i", out) as n2:
        out.append("text")
    print(out, n1, n2)
    pairs = list(itertools.product("ab", range(2)))
    print(pairs, list(itertools.chain.from_iterable(pairs)))
    print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([3, 1, 4], max)))
    for k, grp in itertools.groupby(sorted("mississippi")):
        print(k, len(list(grp)), end="; ")
    print()
    print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.pairwise("abcd")))
    print(list(itertools.combinations(range(4), 2)), len(list(itertools.permutations(range(5), 3))))
    print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1])))
    print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), list(itertools.repeat("z", 3)))
    a, b = itertools.tee(iter(range(5)))
    print(list(a), list(b), list(itertools.batched(range(7), 3)))
    it = iter([1, 2, 3])
    print(next(it), next(it), next(it), next(it, "end"))
    def fib():
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
    print([x for _, x in zip(range(20), fib())])
    gen = fib()
    print(gen.__name__, type(gen).__name__, hasattr(gen, "send"))


if __name__ == "__main__":
    main()
