# range objects: slicing, negative steps, index/count, equality and huge ranges.
r = range(3, 40, 4)
print(r[2:5], r[::-1], r[-3:], r[::3], r[100:], r[-100:2], len(r[1::2]))
print(r.index(11), r.count(11), r.count(12), 15 in r, 16 in r, r[-1], r[len(r) - 1])
print(range(10) == range(0, 10, 1), range(0) == range(4, 2), range(1, 2, 5) == range(1, 3, 7), range(2) != range(3))
big = range(10**18, 10**18 + 10**6, 7)
print(len(big), big[12345], big[-1], big[1000:1003], (10**18 + 14) in big, big.index(10**18 + 70))
print(list(range(20)[5:15:3]), list(range(20, 0, -3)[::2]), range(5)[::-1][0])
s = slice(2, None, -1)
print(s.indices(10), slice(None).indices(3), slice(-20, 20, 4).indices(11), s.start, s.stop, s.step)
print(list(range(100)[slice(90, None)]), "abcdefgh"[slice(1, 7, 2)], [0, 1, 2, 3][slice(-2, None)])
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
