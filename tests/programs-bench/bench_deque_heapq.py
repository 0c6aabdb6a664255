"""deque and heapq workloads: sliding windows, BFS on a grid, Dijkstra, k-way merge, running median,
a priority scheduler with ties (own version)."""
import heapq
from collections import deque
import random


def sliding_max(xs, k):
    dq = deque()
    out = []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out


def make_grid(rng, w, h):
    return ["".join("#" if rng.random() < 0.25 else "." for _ in range(w)) for _ in range(h)]


def bfs(grid, start):
    h, w = len(grid), len(grid[0])
    dist = {start: 0}
    q = deque([start])
    while q:
        x, y = q.popleft()
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < w and 0 <= ny < h and grid[ny][nx] == "." and (nx, ny) not in dist:
                dist[(nx, ny)] = dist[(x, y)] + 1
                q.append((nx, ny))
    return dist


def dijkstra(adj, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, wt in adj[u]:
            nd = d + wt
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


def running_median(xs):
    lo, hi = [], []
    out = []
    for x in xs:
        if not lo or x <= -lo[0]:
            heapq.heappush(lo, -x)
        else:
            heapq.heappush(hi, x)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out


class Task:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"{self.name}@{self.prio}"


def main():
    rng = random.Random(7)
    xs = [rng.randint(0, 1000) for _ in range(3000)]
    sm = sliding_max(xs, 25)
    print("sliding", len(sm), sm[:8], sum(sm))
    grid = make_grid(rng, 60, 40)
    dist = bfs(grid, (0, 0)) if grid[0][0] == "." else {}
    print("bfs", len(dist), max(dist.values()) if dist else None)
    n = 400
    adj = {i: [(rng.randrange(n), rng.randint(1, 20)) for _ in range(5)] for i in range(n)}
    dd = dijkstra(adj, 0)
    print("dijkstra", len(dd), sum(dd.values()), max(dd.values()))
    runs = [sorted(rng.sample(range(10000), 200)) for _ in range(8)]
    merged = list(heapq.merge(*runs))
    print("merge", len(merged), merged[:5], merged == sorted(merged))
    print("merge rev key", list(heapq.merge([5, 3, 1], [6, 4, 2], key=lambda v: -v)))
    med = running_median(xs[:1500])
    print("median", med[:6], med[-1])
    print("nlargest", heapq.nlargest(5, xs), heapq.nsmallest(5, xs, key=lambda v: (v % 17, v)))
    h = [Task(f"t{i}", rng.randint(0, 9)) for i in range(30)]
    heapq.heapify(h)
    order = [heapq.heappop(h) for _ in range(10)]
    print("tasks", [t.prio for t in order])
    h2 = list(range(50, 0, -1))
    heapq.heapify(h2)
    print(heapq.heappushpop(h2, 0), heapq.heapreplace(h2, 100), h2[:6])
    d = deque(range(10), maxlen=6)
    d.rotate(2)
    d.extendleft([100, 200])
    print(d, d.maxlen, d.index(9), d.count(100))
    d2 = deque("abcdef")
    d2.rotate(-4)
    d2.insert(2, "Z")
    d2.remove("a")
    del d2[0]
    print(d2, d2[-1], list(reversed(d2)), d2 * 2 == deque(list(d2) * 2))
    ring = deque(maxlen=100)
    acc = 0
    for i in range(20000):
        ring.append(i * i % 97)
        if len(ring) == 100 and i % 100 == 0:
            acc += sum(ring)
    print("ring", acc, len(ring))
    try:
        deque().pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        heapq.heappop([])
    except IndexError as e:
        print("IndexError:", e)


main()
