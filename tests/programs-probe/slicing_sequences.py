# Slicing: extended slices, slice assignment and deletion, slice objects, negative steps,
# list/bytearray/str/tuple/range behaviours, and their errors.
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-7:-2], a[8:2:-2], a[100:], a[-100:2], a[5:2], a[::-3])
b = a[:]
b[2:5] = ['x']; print(b)
b[1:1] = [7, 8]; print(b)
b[:] = 'ab'; print(b)
c = list(range(10))
c[::2] = [0] * 5; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
del c[::3]; print(c)
del c[1:3]; print(c)
d = list(range(6)); d[4:1:-1] = 'abc'; print(d)
e = [1, 2, 3]; e[len(e):] = [4, 5]; e[:0] = [0]; print(e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, a[s], s.indices(5), slice(None, None, -1).indices(4), slice(5).indices(10), slice(-2, None).indices(7))
try:
    slice(0, 5, 0).indices(5)
except ValueError as e2:
    print('ValueError:', e2)
try:
    a[::0]
except ValueError as e2:
    print('ValueError:', e2)
t = tuple(range(6))
print(t[1:4], t[::-2], 'hello world'[::-1], 'abcdef'[-2::-2], b'bytes'[1:3], bytearray(b'xyz')[::-1], range(10)[2:8:3], range(10)[::-1], range(0, 20, 5)[1:])
ba = bytearray(b'hello'); ba[1:3] = b'EY'; ba[0] = 72; del ba[-1]; print(ba)
ba[::2] = b'abc' if len(ba[::2]) == 3 else ba[::2]; print(ba)
r = range(1, 20, 3)
print(r[-1], r.index(7), r.count(4), 10 in r, 11 in r, len(r), r[2:5], list(r[::-2]), range(5) == range(0, 5, 1), range(0) == range(2, 2))
try:
    r[10]
except IndexError as e2:
    print('IndexError:', e2)
try:
    'abc'[5]
except IndexError as e2:
    print('IndexError:', e2)
try:
    (1, 2)[2]
except IndexError as e2:
    print('IndexError:', e2)
try:
    [][0]
except IndexError as e2:
    print('IndexError:', e2)
try:
    [1][1] = 2
except IndexError as e2:
    print('IndexError:', e2)
try:
    'abc'[1] = 'x'
except TypeError as e2:
    print('TypeError:', e2)
try:
    (1, 2)[0:1] = [5]
except TypeError as e2:
    print('TypeError:', e2)
try:
    del (1,)[0]
except TypeError as e2:
    print('TypeError:', e2)
class Sliceable:
    def __getitem__(self, key):
        return key
sl = Sliceable()
print(sl[1:2], sl[::3], sl[1:2, 3], sl[...], sl[:, None], sl['k'], sl[-1:])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [row[::-1] for row in m[::-1]], list(zip(*m)), [m[i][i] for i in range(3)], m[1][-1])
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
x = [1, 2, 3, 4]
x[1:3], y = [9, 9, 9], 'z'
print(x, y)
x[-1:] = []; x += x[:1] * 2; print(x)
print([1, 2, 3] * 2, 2 * (4,), 'ab' * 0, [[0] * 2] * 2, [] * 5)
z = [[0] * 2] * 2; z[0][0] = 1; print(z)
lst = [3, 1, 2]
print(lst.index(1), lst.count(3), lst.copy() is lst, sorted(lst, reverse=True), lst.pop(), lst.pop(0), lst)
try:
    lst.index(99)
except ValueError as e2:
    print('ValueError:', e2)
try:
    [].pop()
except IndexError as e2:
    print('IndexError:', e2)
lst = [5, 1, 4]
lst.insert(-1, 9); lst.insert(100, 0); lst.insert(-100, 7); print(lst)
lst.remove(9); lst.reverse(); lst.extend(range(2)); print(lst)
try:
    lst.remove(42)
except ValueError as e2:
    print('ValueError:', e2)
print(list(reversed(range(3))), a[slice(2, None)], 'xyz'[slice(None, None, -1)])
