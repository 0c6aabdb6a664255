# set/frozenset: every method, operators against other iterables, errors, hashing, repr
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
t = frozenset([3, 4])
print(s | t, s & t, s - t, s ^ t, t | s, type(t | s).__name__, type(s | t).__name__, s.union([9], (8,)), s.intersection("ab", [1]), s.difference(), s.symmetric_difference([1, 5]))
print(s.issubset([1, 2, 3, 4]), s.issuperset(range(2)), s.isdisjoint("abc"), s <= s, s < s, s >= {1}, s > {1}, s == frozenset(s), {1} != {1.0}, frozenset() == set())
u = set(); u.add(1); u.add(1); u.update([2], (3,), "a"); u.discard(9); u.discard("a"); u.remove(3); print(sorted(u), u.pop() in (1, 2), len(u))
v = {1, 2, 3, 4}; v -= {1}; v &= {2, 3, 9}; v |= {7}; v ^= {2, 8}; print(sorted(v))
w = {1, 2, 3}; w.difference_update([1], [2]); print(w); w.intersection_update([3, 4], range(10)); print(w); w.symmetric_difference_update([3, 5]); print(w)
print(set(), frozenset(), repr({1}), repr(frozenset({1})), str(set("aa")), {(1, 2)}, frozenset([frozenset()]), set(range(3)).copy(), t.copy() is t, hash(frozenset()) == hash(frozenset([])))
show(lambda: {1} | [2])
show(lambda: {1} & "a")
show(lambda: {1} - (1,))
show(lambda: {1} < [1])
show(lambda: set().remove(1))
show(lambda: set().pop())
show(lambda: {[]})
show(lambda: set([[1]]))
show(lambda: {1}.add([]))
show(lambda: frozenset().add(1))
show(lambda: hash({1}))
show(lambda: set(1))
show(lambda: {1}.update(1))
show(lambda: set().issubset(5))
s12 = {1, 2}
show(lambda: s12[0])
show(lambda: set().remove([]))
show(lambda: {1} + {2})
s2 = {1, 2}
try:
    for x in s2:
        s2.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 2)
    def __eq__(self, o): return self.v % 2 == o.v % 2
    def __repr__(self): return f"H{self.v}"
hs = {H(1), H(3), H(2)}; print(len(hs), H(5) in hs, sorted(hs, key=lambda h: h.v))
print({x % 3 for x in range(10)}, {c for c in "hello"} == set("helo"), set("abc") == {"a", "b", "c"}, frozenset("ab") in {frozenset("ba")}, {frozenset({1}): 2}[frozenset([1])])
class FS(frozenset):
    pass
fs = FS([1, 2]); print(type(fs | {3}).__name__, type(fs.copy()).__name__, fs == {1, 2}, repr(fs), FS())
class SS(set):
    def __repr__(self): return "SS" + super().__repr__()
ss = SS([1]); print(ss, type(ss - {1}).__name__, ss | {2})
print(set.__name__, frozenset.__name__, set.__hash__, type({1}).__name__, len({1, True, 1.0}), {True, 1}, {1, True}, {0.0, 0, False}, min({3, 1}), max(frozenset([2, 9])), sum({1, 2}))
print({1, 2} == {2, 1}, {1, 2}.__len__(), {1}.__contains__(1), set.union(*[{1}, {2}, {3}]), set().union(), set.isdisjoint({1}, {2}))
