# Topological sort (Kahn's algorithm and DFS) of a build dependency graph; cycle detection.
deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}
indeg = {k: 0 for k in deps}
users = {k: [] for k in deps}
for k, ds in deps.items():
    for d in ds:
        indeg[k] += 1
        users[d].append(k)
ready = sorted([k for k in deps if indeg[k] == 0])
order = []
while ready:
    k = ready.pop(0)
    order.append(k)
    for u in users[k]:
        indeg[u] -= 1
        if indeg[u] == 0:
            ready.append(u)
            ready.sort()
print(order)
seen = {}
out = []
def visit(k):
    if seen.get(k) == 1:
        return False
    if seen.get(k) == 2:
        return True
    seen[k] = 1
    for d in deps[k]:
        if not visit(d):
            return False
    seen[k] = 2
    out.append(k)
    return True
print(all([visit(k) for k in deps]), out)
deps["core"] = ["tests"]
seen = {}
out = []
print(visit("app"), seen)
