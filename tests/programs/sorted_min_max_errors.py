# sorted/min/max: keys, defaults, and CPython's error messages.
people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])), max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max([], default=None), min((), default=-1), max("apple", "pear", key=len), min([3, 1, 2], default=0))
for call in [lambda: max([]), lambda: min(), lambda: sorted([1, "a"]), lambda: max(1, 2, default=3), lambda: min([1, 2], key=5), lambda: sorted(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
