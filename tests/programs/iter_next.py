# iter() and next() by hand: manual loops, exhaustion, default values, StopIteration at top level.
it = iter([1, 2, 3])
total = 0
while True:
    v = next(it, None)
    if v is None:
        break
    total += v
    print("got", v)
print(total)
chars = iter("héllo")
print(next(chars), next(chars), "".join(chars), next(chars, "empty"))
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
ri = iter(range(0, 10, 4))
print(list(ri), next(ri, -1))
zi = iter(zip("ab", [1, 2]))
print(next(zi))
last = iter([])
print(next(last))
