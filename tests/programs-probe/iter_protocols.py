# iter() with a sentinel, __reversed__, __length_hint__, __getitem__-based iteration, __contains__.
import operator, io

class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)))
f = io.StringIO('line1\nline2\n\nline4\n')
print(list(iter(f.readline, '')))
f.seek(0)
print([l.rstrip() for l in iter(f.readline, '\n')])
blocks = io.BytesIO(b'abcdefgh')
print(list(iter(lambda: blocks.read(3), b'')))
it = iter(Counter(), 3)
print(type(it).__name__, next(it), next(it), next(it, 'done'))
try:
    iter(5, None)
except TypeError as e:
    print('TypeError:', e)

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self): return self.n
print(list(Countdown(3)), list(reversed(Countdown(3))))

class GetItemSeq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(GetItemSeq()), 9 in GetItemSeq(), list(reversed([1, 2])))
try:
    reversed(GetItemSeq())
except TypeError as e:
    print('TypeError:', e)
class SeqLen(GetItemSeq):
    def __len__(self): return 4
print(list(reversed(SeqLen())))

class Hinted:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self): return self.n
print(operator.length_hint(Hinted(4)), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 7))
print(list(Hinted(3)))

class Contains:
    def __contains__(self, x):
        print('contains?', x); return x % 2 == 0
print(4 in Contains(), 3 not in Contains())

# iterator exhaustion and re-iteration
it = iter([1, 2])
print(list(it), list(it))
gen = (x for x in range(3))
print(sum(gen), sum(gen))
# StopIteration value
def g():
    yield 1
    return 'ret'
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
# next() default, iter of iterator is itself
it = iter('ab')
print(iter(it) is it, next(it), next(it), next(it, None))
# __iter__ returning non-iterator
class BadIter:
    def __iter__(self): return 5
try:
    for _ in BadIter(): pass
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
# enumerate/zip strict/map with multiple
print(list(enumerate('abc', start=10)), list(zip('ab', [1, 2], strict=True)), list(map(pow, [2, 3], [3, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print('ValueError:', e)
# dict iteration with mutation
d = {1: 1}
try:
    for k in d: d[k + 1] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
print(type(iter(range(3))).__name__, type(iter([])).__name__, type(iter({})).__name__, type(iter('')).__name__, type(reversed([])).__name__)
