import itertools as it
import operator

print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 5)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("ABC", 2)))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abcd", 2))[:5])
print(list(it.product("ab", [1, 2])), list(it.product(range(2), repeat=3))[-2:], list(it.product()), list(it.product("ab", [])))
print(list(it.chain("ab", [1, 2], (3,))), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate([])))
print(list(it.pairwise("abcde")), list(it.batched(range(7), 3)), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.starmap(pow, [(2, 5), (3, 2), [10, 3]])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 3])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.repeat("x", 3)), list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 0, None, 2)))

def naturals():
    # A lazy iterator far too long to materialize: islice must read only what it needs.
    return iter(range(10**18))

print(list(it.islice(naturals(), 5)), list(it.islice(naturals(), 3, 12, 4)))
g = naturals()
print(list(it.islice(g, 0, 5, 3)), next(g))
for k, grp in it.groupby("AAAABBBCCDAABBB"):
    print(k, list(grp))
print([(k, len(list(v))) for k, v in it.groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda x: x % 3)])
for bad in [lambda: it.batched("abc", 0), lambda: it.combinations("ab", -1), lambda: it.islice("abc", -1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
