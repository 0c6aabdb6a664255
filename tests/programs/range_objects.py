# range objects: repr, len, indexing, slicing, containment, reversal, equality.
rs = [range(10), range(2, 20, 3), range(10, 0, -2), range(0), range(-5, 5), range(5, 5), range(0, -10, -3), range(10**20, 10**20 + 5)]
for r in rs:
    print(r, len(r), list(r)[:6], r[0] if r else None, r[-1] if r else None, r[1:3], r[::-1], 4 in r, -9 in r, bool(r))
print(range(10)[2:8:2], range(10)[::-3], range(1, 10)[-2:], range(0, 100, 7).index(49), range(0, 100, 7).count(50))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 2) == range(1, 11, 2), list(reversed(range(3))))
print(sum(range(101)), max(range(7, 3, -1)), min(range(3, 30, 4)), sorted(range(5, 0, -1)), tuple(range(3)))
print(range(3).start, range(1, 9, 2).stop, range(1, 9, 2).step, hash(range(3)) == hash(range(0, 3)))
total = 0
for i in range(1000000, 0, -99999):
    total += i
print(total, range(0, 10**30, 7)[-1], range(0, 10**30, 7)[10**20])
