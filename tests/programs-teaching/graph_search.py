# Graph algorithms from a data-structures course: BFS, DFS, Dijkstra, topological sort, MST, union-find
from collections import deque, defaultdict
import heapq

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 7), ("G", "H", 1)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))
for node in sorted(graph):
    print(f"{node}: {', '.join(f'{v}({w})' for v, w in sorted(graph[node]))}")


def bfs(start):
    seen = {start}
    order = []
    queue = deque([(start, 0)])
    while queue:
        node, dist = queue.popleft()
        order.append(f"{node}@{dist}")
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, dist + 1))
    return order


def dfs(node, seen=None, depth=0):
    if seen is None:
        seen = set()
    seen.add(node)
    print("  " * depth + node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen, depth + 1)
    return seen


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


print("BFS:", " ".join(bfs("A")))
print("DFS tree:")
reached = dfs("A")
print("unreached:", sorted(set(graph) - reached))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  A -> {node}: {dist[node]:3d} via {' -> '.join(path_to(prev, node))}")
print("  A -> G:", dist.get("G", float("inf")))

courses = {"calc2": ["calc1"], "calc1": [], "linalg": ["calc1"], "ml": ["linalg", "stats", "prog"],
           "stats": ["calc2"], "prog": [], "ai": ["ml", "prog"]}


def topo_sort(deps):
    indegree = {c: len(pre) for c, pre in deps.items()}
    users = defaultdict(list)
    for c, pre in deps.items():
        for p in pre:
            users[p].append(c)
    ready = sorted(c for c, n in indegree.items() if n == 0)
    order = []
    while ready:
        c = ready.pop(0)
        order.append(c)
        for u in sorted(users[c]):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle detected")
    return order


print("course order:", " -> ".join(topo_sort(courses)))
try:
    topo_sort({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("error:", e)


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


uf = UnionFind(sorted(graph))
mst = [(w, u, v) for w, u, v in sorted((w, u, v) for u, v, w in edges) if uf.union(u, v)]
print("MST:", mst, "weight", sum(w for w, _, _ in mst))
print("components:", sorted({uf.find(x) for x in graph}))

maze = ["S.#.....",
        ".##.###.",
        "....#...",
        "#.#...#E"]


def solve_maze(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    came = {start: None}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "E":
            break
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = (r, c)
                queue.append((nr, nc))
    end = (r, c)
    cells = []
    while end is not None:
        cells.append(end)
        end = came[end]
    out = [list(row) for row in grid]
    for r, c in cells[1:-1]:
        out[r][c] = "*"
    return len(cells) - 1, ["".join(row) for row in out]


steps, drawn = solve_maze(maze)
print("maze solved in", steps, "steps")
print("\n".join(drawn))

adj = {i: [j for j in range(1, 13) if j != i and (i % j == 0 or j % i == 0)] for i in range(1, 13)}


def count_paths(a, b, seen=()):
    if a == b:
        return 1
    return sum(count_paths(n, b, seen + (a,)) for n in adj[a] if n not in seen and n < 7)


print("divisor paths 1->6:", count_paths(1, 6))
matrix = [[0, 3, 8, 999, -4], [999, 0, 999, 1, 7], [999, 4, 0, 999, 999], [2, 999, -5, 0, 999], [999, 999, 999, 6, 0]]
n = len(matrix)
d = [row[:] for row in matrix]
for k in range(n):
    for i in range(n):
        for j in range(n):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
print("Floyd-Warshall:")
for row in d:
    print(" ".join(f"{x:4d}" for x in row))
