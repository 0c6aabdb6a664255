# list: every method with odd arguments, slice assignment, sort stability/key errors, comparison
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [3, 1, 2]
a.append([4]); a.extend((5, 6)); a.extend("ab"); a.extend(range(2)); a.extend({7: 0}); print(a)
a.insert(-100, "s"); a.insert(100, "e"); a.insert(-1, "p"); print(a)
print(a.index(1), a.index(5, 3), a.index(5, -9), a.count("a"), a.pop(), a.pop(0), a.pop(-2), a)
a.remove([4]); print(a, a.copy() == a, a.copy() is a)
a = [5, 3, 8, 1]; a.sort(); print(a); a.sort(reverse=True); print(a); a.sort(key=lambda x: -x, reverse=True); print(a)
a.reverse(); print(a, a[::-1], list(reversed(a)))
words = ["bb", "a", "ccc", "dd", "e"]; print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=str.upper))
show(lambda: [1, 2].index(3))
show(lambda: [1, 2].index(1, 1))
show(lambda: [1, 2].remove(3))
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop("0"))
show(lambda: [1, "a"].sort())
show(lambda: sorted([1, None]))

show(lambda: [3, 1].sort(key=5))
show(lambda: [1].insert("a", 2))
show(lambda: [1].extend(5))
show(lambda: [1, 2][3])
l12, fl, st = [1, 2], 1.0, "a"
show(lambda: l12[fl])
show(lambda: l12[st])
show(lambda: [1] + (2,))
show(lambda: [1] * 1.5)
show(lambda: [1] < (1,))
show(lambda: [].index())
show(lambda: [].count())
show(lambda: [].append(1, 2))
show(lambda: list(1))
show(lambda: list([1], [2]))
show(lambda: [1, 2].__getitem__(slice(None, None, 0)))
l = list(range(10))
l[2:5] = ["x"]; print(l)
l[::3] = [0, 0, 0]; print(l)
l[-2:] = []; print(l)
l[10:] = [99]; print(l)
l[:0] = "ab"; print(l)
del l[::2]; print(l)
del l[1:3]; print(l)
l[1:2] = l; print(l)
l[:] = range(3); print(l)
show(lambda: l.__setitem__(slice(None, None, 2), [1]))
show(lambda: l.__setitem__(slice(0, 1), 5))
show(lambda: l.__setitem__(5, 1))
show(lambda: l.__delitem__(9))
l2 = [1, 2]; l2 += (3,); l2 += "x"; l2 *= 2; print(l2)
l3 = [0]; l3 *= 0; print(l3, [1, 2] * -1, [[]] * 3, [None] * 2 + [1])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], [1] != [1.0], [1, 2] > [1], max([[1], [0, 9]]))
x = [1, 2, 3]; x.append(x); print(x, len(x), x[3][3][0])
d = [1]; print(d * 2 is d, [d] * 2, ([d] * 2)[0] is d)
print(list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(range(3, 0, -1)), list(map(str, [1, 2])), list(), list(x for x in "ab"), [*"ab", *[1]])
st = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(st, key=lambda t: t[0]), sorted(st, key=lambda t: t[1]), sorted(st), sorted(st, reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), min([K(3), K(1)]), max([K(3), K(1)]))
show(lambda: sorted([K(1), 2]))
lst = [3, 1, 2]
def bad(v):
    lst.append(9)
    return v
show(lambda: lst.sort(key=bad))
print(lst)
print([1, 2, 3].__len__(), [1].__contains__(1), [1, 2].__reversed__().__next__(), list.__name__, [].__class__, isinstance([], list), list.__hash__, [1, 2].__mul__(2), [1].__add__([2]), [1].__iadd__([3]))
print([i for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(3)], [x for x in range(10) if x % 2 if x % 3])
