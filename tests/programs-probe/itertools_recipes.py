# itertools: groupby, tee, islice, accumulate with initial, pairwise, batched, product repeat, recipes.
import itertools as it
import operator
from collections import deque

data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'akee'], key=lambda s: s[0])
for k, g in it.groupby(data, key=lambda s: s[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby('aaabccdddd')])
groups = it.groupby('aabb')
first = next(groups); second = next(groups)
print(first[0], list(first[1]), second[0], list(second[1]))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), len(it.tee('xy', 3)))
x, y = it.tee(range(5))
print(next(x), next(x), list(zip(x, y)))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None, 2)), list(it.islice(it.count(), 0, 10, 3)))
try:
    it.islice('abc', -1)
except ValueError as e:
    print('ValueError:', e)
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3, 4], operator.mul, initial=1)), list(it.accumulate([], initial=0)))
print(list(it.pairwise('ABCD')), list(it.pairwise([1])), list(it.batched('ABCDEFG', 3)), list(it.batched(range(4), 2)))
try:
    list(it.batched('abc', 0))
except ValueError as e:
    print('ValueError:', e)
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), repeat=3))), list(it.product([1, 2], 'x')), list(it.product()))
print(list(it.permutations('abc', 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 2)), list(it.permutations([])))
print(list(it.chain('ab', [1], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda v: v < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda v: v < 5, [1, 4, 6, 4, 1])), list(it.filterfalse(lambda v: v % 2, range(10))))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.repeat('z', 3)), list(zip(it.count(5, 0.5), 'abc')))
c = it.cycle('AB'); print([next(c) for _ in range(5)])
print(repr(it.count(3)), repr(it.count(1.5, 2)), repr(it.repeat(1, 2)), repr(it.repeat('a')))

def take(n, iterable): return list(it.islice(iterable, n))
def nth(iterable, n, default=None): return next(it.islice(iterable, n, None), default)
def all_equal(iterable): g = it.groupby(iterable); return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def tail(n, iterable): return iter(deque(iterable, maxlen=n))
def consume(iterator, n=None):
    if n is None: deque(iterator, maxlen=0)
    else: next(it.islice(iterator, n, n), None)
def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = it.cycle(it.islice(iterators, num_active))
        yield from map(next, iterators)
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k); yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))
def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)
def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    iterators = [iter(iterable)] * n
    match incomplete:
        case 'fill': return it.zip_longest(*iterators, fillvalue=fillvalue)
        case 'strict': return zip(*iterators, strict=True)
        case 'ignore': return zip(*iterators)
def first_true(iterable, default=False, pred=None): return next(filter(pred, iterable), default)
def iter_index(iterable, value, start=0):
    seq_index = getattr(iterable, 'index', None)
    i = start - 1
    try:
        while True:
            yield (i := seq_index(value, i + 1))
    except ValueError:
        pass
def flatten(list_of_lists): return it.chain.from_iterable(list_of_lists)
def triplewise(iterable):
    for (a, _), (b, c) in it.pairwise(it.pairwise(iterable)):
        yield a, b, c
def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    for p in it.islice(it.compress(it.count(3, 2), data[3::2]) if False else [], 0):
        pass
    data[:3] = 0, 0, 0
    limit = int(n ** 0.5) + 1
    for p in range(3, limit, 2):
        if data[p]:
            data[p * p::p + p] = bytes(len(range(p * p, n, p + p)))
    yield 2
    yield from it.compress(it.count(3, 2), data[3::2])

print(take(3, it.count(10)), nth(range(10), 3), nth('ab', 5, 'none'), all_equal('aaa'), all_equal('aab'), quantify([1, 0, 2, 0]), list(ncycles('ab', 2)))
print(list(tail(3, range(10))), list(roundrobin('ABC', 'D', 'EF')), [list(p) for p in partition(lambda v: v % 2, range(8))])
print(list(powerset([1, 2, 3])), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)), list(unique_justseen('AAAABBBCCDAABBB')))
print(list(sliding_window('ABCDEFG', 3)), list(grouper('ABCDEFG', 3, fillvalue='x')), list(grouper('ABCDEFG', 3, incomplete='ignore')))
try:
    list(grouper('ABCDEFG', 3, incomplete='strict'))
except ValueError as e:
    print('ValueError:', e)
print(first_true([0, '', 3, 4]), first_true([], 'd'), list(iter_index('AABCADEAF', 'A')), list(flatten([[1, 2], [3]])), list(triplewise('ABCDE')), list(sieve(50)))
itr = iter(range(10)); consume(itr, 3); print(next(itr)); consume(itr); print(next(itr, 'empty'))
