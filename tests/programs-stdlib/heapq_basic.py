# heapq: the heap layouts CPython's algorithms produce, push/pop orders, merge, nlargest/nsmallest.
import heapq
import random

random.seed(12345)
data = [random.randrange(100) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
    if len(h) in (1, 2, 5, 13, 40):
        print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
h2 = list(data)
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), h2[:8])
print(heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 99), h2[:8])
print(heapq.heappushpop([], 3))
big = [random.random() for _ in range(3000)]
hb = list(big)
heapq.heapify(hb)
print(hb[:5] == sorted(hb[:5]) or True, all(hb[(i - 1) // 2] <= hb[i] for i in range(1, len(hb))))
print(hb[:6])
print([heapq.heappop(hb) for _ in range(3)] == sorted(big)[:3])

# tuples and ties: (priority, counter, task)
pq = []
for i, (p, name) in enumerate([(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (3, "c2")]):
    heapq.heappush(pq, (p, i, name))
print(pq)
while pq:
    print(heapq.heappop(pq), end=" ")
print()

class Task:
    calls = 0
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, other):
        Task.calls += 1
        return self.p < other.p
    def __repr__(self):
        return f"Task({self.p}, {self.n!r})"

tasks = [Task(p, n) for p, n in [(5, "e"), (1, "a"), (4, "d"), (1, "a2"), (3, "c"), (2, "b")]]
heapq.heapify(tasks)
print(tasks, Task.calls)
print([heapq.heappop(tasks).n for _ in range(6)], Task.calls)

print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(3, ["bb", "a", "ccc", "dd"], key=len), heapq.nsmallest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nlargest(0, data), heapq.nsmallest(-2, data), heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
m = heapq.merge([1, 3], [2])
print(next(m), next(m), list(m))
for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heapify({}), lambda: heapq.heappush([1], "a")]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

class Heap(list):
    pass
hs = Heap()
for x in [5, 1, 3, 1]:
    heapq.heappush(hs, x)
print(hs, type(hs).__name__, heapq.heappop(hs), hs, heapq.nsmallest(2, hs))
