# operator: index, abs, in-place functions, concat, setitem/delitem, countOf/indexOf,
# length_hint, call, methodcaller (repr and calls), comparisons as functions.
import operator
from operator import methodcaller

class Idx:
    def __index__(self):
        return 7
print(operator.index(5), operator.index(True), operator.index(Idx()), operator.abs(-3), operator.abs(-2.5))
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iadd(1, 2), operator.imul("ab", 2), operator.ior({1}, {2}), operator.ixor(6, 3))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.ipow(2, 10), operator.ifloordiv(7, 2), operator.imod(7, 3))
d = {}
operator.setitem(d, "k", 1)
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(d, l, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.length_hint([1, 2]), operator.length_hint((x for x in []), 5))
print(operator.call(max, 3, 9, key=abs), operator.lt(1, 2), operator.ge(1, 2), operator.le("a", "a"), operator.gt(3, 2.5))
m = methodcaller("split", ",", maxsplit=1)
print(m, m("a,b,c"), methodcaller("upper")("x"), sorted(["b", "A", "c"], key=methodcaller("lower")))
for bad in [lambda: operator.index(1.5), lambda: operator.indexOf([1], 2), lambda: methodcaller(1), lambda: operator.iadd(1, "a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
