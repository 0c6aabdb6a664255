# itertools' combinatoric iterators: CPython's orders, counts, edge cases, laziness of output.
from itertools import product, permutations, combinations, combinations_with_replacement, islice
from math import comb, perm, factorial

print(list(product("ab", range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product([], [1])), list(product("a", repeat=0)))
print(list(permutations("abc")), list(permutations(range(4), 2))[:7])
print(list(permutations([])), list(permutations("ab", 3)), list(permutations("abc", 0)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[-3:])
print(list(combinations("ab", 3)), list(combinations("ab", 0)), list(combinations([], 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
for n in range(6):
    for r in range(7):
        assert len(list(combinations(range(n), r))) == comb(n, r)
        assert len(list(permutations(range(n), r))) == perm(n, r)
        assert len(list(combinations_with_replacement(range(n), r))) == (comb(n + r - 1, r) if n else int(r == 0))
print(len(list(permutations(range(6)))) == factorial(6), sorted(permutations(range(5))) == list(permutations(range(5))))
big = permutations(range(100))
print(next(big)[:5], next(big)[-3:])
print(list(islice(product(range(10**6), repeat=2), 3)))
p = combinations([[1], [2], [3]], 2)
first = next(p)
first[0].append(9)
print(first, next(p))
for bad in [lambda: combinations("ab", -1), lambda: permutations("ab", -1), lambda: product("a", repeat=-1), lambda: permutations("ab", 1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
