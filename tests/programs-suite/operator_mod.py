# the operator module: every function, itemgetter/attrgetter/methodcaller, in-place forms, errors
import operator as op
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-3), op.abs(-2), op.invert(5), op.inv(5))
print(op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.matmul.__name__, op.concat([1], [2]), op.index(5))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "b"), op.ge(3, 4), op.gt(4, 3), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.length_hint([1, 2]), op.length_hint(object(), 7))
l = [1, 2, 3, 4]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.getitem(l, slice(0, 2)), op.getitem({"a": 1}, "a"))
print(op.iadd([1], [2]), op.iadd(1, 2), op.isub(5, 1), op.imul([0], 2), op.iconcat([1], (2,)), op.ior({1}, {2}), op.iand({1, 2}, {2}), op.ixor(5, 1), op.ipow(2, 3), op.ilshift(1, 2), op.imod(7, 4), op.itruediv(1, 4), op.ifloordiv(9, 2))
a = [1]; b = op.iadd(a, [2]); print(a, b is a)
ig = op.itemgetter(1); ig2 = op.itemgetter(0, -1); ig3 = op.itemgetter("k")
print(ig("abc"), ig2([1, 2, 3]), ig3({"k": 5}), sorted([(1, "b"), (2, "a")], key=ig))
class P:
    def __init__(self): self.x = 1; self.child = self
    def m(self, a, b=0): return (a, b)
ag = op.attrgetter("x"); ag2 = op.attrgetter("child.child.x", "x")
print(ag(P()), ag2(P()))
mc = op.methodcaller("m", 5, b=6); print(mc(P()), repr(mc), op.methodcaller("upper")("abc"), repr(op.methodcaller("split", ",", maxsplit=1)))
show(lambda: op.itemgetter(5)([1]))
show(lambda: op.attrgetter("nope")(P()))
show(lambda: op.attrgetter(1))
show(lambda: op.add(1))
show(lambda: op.add("a", 1))
show(lambda: op.concat(1, 2))
show(lambda: op.index(1.5))
show(lambda: op.indexOf([1], 2))
show(lambda: op.countOf(5, 1))
show(lambda: op.length_hint(5, "x"))
show(lambda: op.lt(1, "a"))
show(lambda: op.neg("a"))
show(lambda: op.invert(1.5))
show(lambda: op.call(len, [1, 2]) if hasattr(op, "call") else None)
print(op.__name__, op.add.__name__, op.itemgetter.__name__, op.__lt__ is op.lt, op.__add__(2, 2), op.__not__(1), callable(op.attrgetter))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), list(map(op.itemgetter(0), ["ab", "cd"])), sorted(["b", "A", "c"], key=op.methodcaller("lower")))
from functools import reduce
print(reduce(op.mul, range(1, 6)), reduce(op.add, ["a", "b", "c"]), reduce(op.or_, [{1}, {2}], set()), reduce(lambda x, y: x * 10 + y, [1, 2, 3], 0))
show(lambda: reduce(op.add, []))
show(lambda: reduce(op.add))
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return V(self.v * o.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return f"V({self.v})"
x = V(2); print(op.matmul(x, V(3)), op.imatmul(x, V(5)), x)
show(lambda: op.matmul(1, 2))
