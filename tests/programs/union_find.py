# Union-find with path compression: connected components and Kruskal's MST.
parent = list(range(12))
rank = [0] * 12

def find(x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root

def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True

edges = [(4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6), (2, 2, 8), (6, 8, 6),
         (4, 2, 5), (7, 2, 3), (2, 6, 5), (14, 3, 5), (9, 3, 4), (10, 5, 4), (3, 9, 10)]
mst = []
for w, a, b in sorted(edges):
    if union(a, b):
        mst.append((a, b, w))
print(mst, sum([w for _, _, w in mst]))
comps = {}
for v in range(12):
    comps.setdefault(find(v), []).append(v)
print(sorted(comps.values()), len(comps))
