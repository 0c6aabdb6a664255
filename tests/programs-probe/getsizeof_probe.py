# sys.getsizeof as CPython 3.13 (64-bit) reports it: ints by digit count, the str kinds, bytes, tuples, lists by allocation (append growth, list(), repetition), dicts by table size and key kind, sets by table, instances with and without __dict__, __sizeof__.
import sys
vals = [0, 1, 2**30, 2**60, 2**100, -1, -2**30, 2**30 - 1, 10**18, True, False, 1.0, 1j, '', 'a', 'abc', 'é', 'éé', 'xé', '€', '😀', 'x' * 100, b'', b'abc', b'x' * 10, (), (1,), (1, 2, 3), None, range(10), range(0), bytearray(b'ab'), bytearray(), bytearray(10)]
print([sys.getsizeof(v) for v in vals])
print(sys.getsizeof([]), sys.getsizeof([1, 2]), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10), sys.getsizeof([x for x in range(10)]), sys.getsizeof(list('abcde')))
l = []; sizes = []
for i in range(20):
    l.append(i); sizes.append(sys.getsizeof(l))
print(sizes)
d = {}; ds = []
for i in range(12):
    d[i] = i; ds.append(sys.getsizeof(d))
print(ds, sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}), sys.getsizeof(dict.fromkeys(range(6))))
print(sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(20))), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(frozenset(range(100))))
class A: pass
class S:
    __slots__ = ('a',)
class Sized:
    def __sizeof__(self): return 100
print(sys.getsizeof(A()), sys.getsizeof(S()), sys.getsizeof(Sized()))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sum(sys.getsizeof(w) for w in words), sys.getsizeof(tuple(words)))
x = y = z = 1
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([x, y, z]), sys.getsizeof(['a', 'b', 'c', 'd']), sys.getsizeof([-1, 2 ** 3, (1, 2)]), sys.getsizeof([1, 2]), sys.getsizeof([[1], 2, 3]), sys.getsizeof([None, True, 1.5]))
