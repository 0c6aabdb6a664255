# frozensets as dict keys and set members; set comprehension order with negative ints.
edges = {frozenset({1, 2}): "a", frozenset({2, 3}): "b", frozenset({3, 1}): "c"}
print(edges[frozenset({2, 1})], len(edges), frozenset({1, 2}) in edges)
families = {frozenset(range(i)) for i in range(4)}
print(len(families), frozenset() in families, sorted(len(f) for f in families))
nums = {n % 7 - 3 for n in range(20)}
print(nums, sorted(nums), {-x for x in nums}, {x * x for x in nums})
s = set()
for v in [5, -5, 13, -13, 21, 0, 8]:
    s.add(v)
s.discard(13)
print(s, s.pop(), s)
print({1, 2, 3} <= {1, 2, 3, 4}, {1, 2} < {1, 2}, frozenset({1}) == {1}, {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
