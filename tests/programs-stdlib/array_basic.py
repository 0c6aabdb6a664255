# array: typecodes, range checks, methods, slicing, bytes round trips, comparisons, errors.
from array import array
import array as arraymod

a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, len(a), a[0], a[-1], a[2:5], a[::2], a.typecode, a.itemsize, 3 in a, 9 in a)
print(a.pop(), a.pop(0), a.index(3), a.count(2), a.tolist(), list(a), sum(a))
a.remove(3)
a.reverse()
a[0] = 100
print(a, array("d"), array("f", [0.1, 1.5]), array("d", [1, 2.5]), array("b", b"\x01\xff"))
print(a.tobytes(), array("h", b"\x01\x00\x02\x00"), array("q", [2**62]).tobytes().hex(), array("d", [1.0]).tobytes())
for tc in "bBhHiIlLqQfd":
    x = array(tc, [1, 2])
    y = array(tc)
    y.frombytes(x.tobytes())
    print(tc, x.itemsize, y == x, y)
b = array("H", [1, 2, 3, 4, 5])
b[1:3] = array("H", [9])
del b[0]
print(b, b == array("H", [9, 4, 5]), array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1]) < array("i", [2]), array("i", [1, 2]) == [1, 2])
c = array("i", [1, 2, 3, 4])
c[::2] = array("i", [7, 8])
del c[::3]
print(c)
s = array("I", [1, 256])
s.byteswap()
print(s, arraymod.typecodes, array, arraymod.ArrayType)
import copy
print(copy.copy(a), copy.deepcopy(array("d", [1.5])))
cases = [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 2**15), ("H", -1), ("i", 2**31), ("i", -2**31 - 1),
         ("I", 2**32), ("I", -1), ("l", 2**63), ("L", 2**64), ("L", -1), ("q", 2**63), ("Q", -1), ("Q", 2**64)]
for tc, v in cases:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, v, e)
def assign_list_to_slice():
    x = array("i", [1, 2])
    x[0:1] = [5]

for bad in [lambda: array("i", [1.5]), lambda: array("x"), lambda: array("d", ["a"]), lambda: array("i", "ab"),
            lambda: array("i", [1]).index(5), lambda: array("i", [1]).remove(5), lambda: array("i").pop(),
            lambda: array("i", [1])[3], lambda: array("i", b"abc"), lambda: array(1),
            lambda: array("i").extend(array("d")), assign_list_to_slice]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
