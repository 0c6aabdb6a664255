# collections.deque (the native type in _collections): methods, maxlen, indexing, comparisons,
# repr, iteration and its mutation check, errors.
from _collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, d.count(2), d.index(2), d.index("a", 2))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0); d.rotate(len(d) * 5)
print(d)
d.remove(10)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "z")
print(d)
d.reverse()
print(d, list(reversed(list(d))))
d[0] = "first"
del d[1]
print(d, d.copy(), d.copy() == d, d.copy() is d)
d.clear()
print(d, len(d))

q = deque(maxlen=3)
for i in range(6):
    q.append(i)
    print(q, end=" ")
print()
q.appendleft(-1)
print(q, q.maxlen)
q.extend([7, 8])
print(q)
q.extendleft("ab")
print(q)
print(deque("abcdef", 2), deque([], 0), deque(range(3), maxlen=0), deque(maxlen=2).maxlen)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) != deque([2, 1]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() < deque([0]))
print(deque([deque([1]), "s", 2.5, None]), list(deque(range(5))), tuple(deque("ab")), sorted(deque([3, 1, 2])))
r = deque()
r.append(r)
print(r)

big = deque()
for i in range(1000):
    big.appendleft(i)
    big.append(-i)
for i in range(990):
    big.popleft()
print(len(big), big[0], big[-1], list(big)[:5], sum(big))

# a sliding window and BFS, as programs use it
window = deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 7]:
    window.append(x)
    sums.append(sum(window))
print(sums)
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen, todo, order = {1}, deque([1]), []
while todo:
    n = todo.popleft()
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            todo.append(m)
print(order)

it_d = deque([1, 2, 3])
try:
    for x in it_d:
        it_d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])["a"],
            lambda: deque([1])[0:1], lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1], maxlen=-1),
            lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque(1), lambda: deque([1]) < [2],
            lambda: setattr(deque(), "maxlen", 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
