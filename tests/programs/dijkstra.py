# Dijkstra's shortest paths with a hand-written binary heap.
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]:
            break
        h[p], h[i] = h[i], h[p]
        i = p

def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top

graph = {
    "A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}, "G": {},
}
dist = {k: float("inf") for k in graph}
prev = {}
dist["A"] = 0
h = [(0, "A")]
while h:
    d, u = heap_pop(h)
    if d > dist[u]:
        continue
    for v, w in graph[u].items():
        if d + w < dist[v]:
            dist[v] = d + w
            prev[v] = u
            heap_push(h, (dist[v], v))
print(dist)
for target in "BCDEF":
    path = [target]
    while path[-1] != "A":
        path.append(prev[path[-1]])
    print(target, dist[target], "->".join(reversed(path)))
h = []
seed = 7
for _ in range(30):
    seed = seed * 48271 % 2147483647
    heap_push(h, seed % 100)
print([heap_pop(h) for _ in range(30)])
