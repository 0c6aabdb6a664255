# itertools, lazily: infinite iterators with islice/zip/takewhile, reprs, when inputs are read.
import itertools as it
from itertools import count, cycle, repeat, islice, chain, groupby, tee

c = count(5)
print(c, next(c), next(c), c)
print(count(), count(1.5), count(0, 2), count(10, -1), count(0, 1.0), count(2, True))
print(list(islice(count(0, 3), 5)), list(islice(count(1.5, 0.5), 3)))
print(list(zip("abc", count(1))))
print(list(islice(cycle("AB"), 5)), list(cycle([])))
r = repeat("x", 3)
print(r, next(r), r, list(r), r)
print(repeat(1), list(islice(repeat(7), 4)), list(repeat(0, -2)), list(map(pow, range(4), repeat(2))))
print(it.chain, it.count)
print(list(it.takewhile(lambda x: x < 20, count(1, 4))))

def gen(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i

ch = chain(gen("a", 2), gen("b", 2))
print("chain made")
print(next(ch))
print(list(ch))
print(list(chain.from_iterable(["ab", [1, 2], (3,)])), list(chain()))
fi = chain.from_iterable(gen(f"g{i}", 1) for i in range(2))
print(next(fi), list(fi))

acc = it.accumulate(gen("acc", 3))
print("accumulate made", next(acc))
print(list(acc))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=0)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(count(), [0, 1, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.starmap(pow, [(2, 3), [3, 2]])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(islice(it.zip_longest(count(), "xy", fillvalue=0), 3)), list(it.zip_longest()))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.batched(range(7), 3)))
try:
    list(it.batched("abcde", 2, strict=True))
except ValueError as e:
    print(e)

s = islice(gen("s", 10), 1, 6, 2)
print("islice made")
print(list(s))
print(list(islice("abcdef", 2, None)), list(islice("abcdef", None)), list(islice(range(10), 2, 8, 3)))

# groupby: groups share the underlying iterator
groups = groupby("aaabbcdd")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([(k, list(g)) for k, g in groupby("aaabbcdd")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
gb = groupby("aabb")
_, first = next(gb)
print(next(first))
_, second = next(gb)
print(list(first), list(second))

a, b = tee(gen("t", 3))
print(next(a), next(a), next(b), list(b), list(a))
t3 = tee([1, 2, 3], 3)
print(len(t3), [list(x) for x in t3], tee("ab", 0))
x, y = tee(count())
print([next(x) for _ in range(100)][-1], next(y))

for bad in [lambda: count("a"), lambda: islice([], -1), lambda: islice([], 1, 2, 0), lambda: it.batched([], 0), lambda: tee([], -1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
