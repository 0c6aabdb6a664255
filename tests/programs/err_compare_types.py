# TypeError from sorting mixed, incomparable types.
print(sorted([3, 1, 2]), sorted(["b", "a"]))
print(sorted([3, "a", 1]))
