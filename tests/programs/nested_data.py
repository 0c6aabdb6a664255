# Walking nested lists/dicts recursively: flatten, depth, paths, pretty printing.
data = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
        {"name": "b", "children": [{"name": "b1", "children": [{"name": "b1x", "children": []}]}]}], "meta": {"tags": ["x", "y"], "size": 3}}

def walk(node, depth=0):
    print("  " * depth + node["name"])
    for c in node["children"]:
        walk(c, depth + 1)

walk(data)
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "str"]))
def depth(x):
    if isinstance(x, dict):
        return 1 + max([depth(v) for v in x.values()] or [0])
    if isinstance(x, list):
        return 1 + max([depth(v) for v in x] or [0])
    return 0
print(depth(data), depth([]), depth([[1], [[2]]]))
out_paths = []
def collect(x, prefix):
    if isinstance(x, dict):
        for k, v in x.items():
            collect(v, prefix + "." + k)
    elif isinstance(x, list):
        for i, v in enumerate(x):
            collect(v, prefix + f"[{i}]")
    else:
        out_paths.append((prefix, x))
collect(data, "$")
for p in out_paths:
    print(p)
