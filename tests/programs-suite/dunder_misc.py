# __eq__/__hash__ interplay, __bool__/__len__ truthiness, __index__, __format__, __repr__ fallback, identity
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__, EqOnly() == 1, EqOnly() != 1, 1 == EqOnly(), [EqOnly()].count(5), 5 in [EqOnly()], [1, 2].index(EqOnly()) if False else "", EqOnly() in {}.keys() if False else "")
show(lambda: hash(EqOnly()))
show(lambda: {EqOnly()})
class EqHash:
    def __eq__(self, o): return NotImplemented
    __hash__ = object.__hash__
e = EqHash(); print(e == e, e != e, e == 1, e != EqHash(), hash(e) == hash(e), {e: 1}[e])
class NoHash:
    __hash__ = None
show(lambda: hash(NoHash()))
print(isinstance(NoHash(), __import__("collections.abc").abc.Hashable), isinstance(1, __import__("collections.abc").abc.Hashable))
class Sub(EqOnly):
    __hash__ = lambda self: 7
print(hash(Sub()), Sub() == 2)
class Ne:
    def __ne__(self, o): return "ne-called"
print(Ne() != 1, Ne() == 1, 1 != Ne())
class Rich:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, getattr(o, "v", o)); return NotImplemented
    def __gt__(self, o): print("gt", self.v, getattr(o, "v", o)); return NotImplemented
show(lambda: Rich(1) < Rich(2))
show(lambda: Rich(1) < 5)
show(lambda: 5 < Rich(1))
show(lambda: Rich(1) <= Rich(2))
class Truth:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
print([bool(Truth(True)), bool(Truth(False))], Truth(False) or "alt", Truth(True) and "and", not Truth(False), [x for x in [Truth(False), Truth(True)] if x].__len__())
class BadBool:
    def __bool__(self): return 1
show(lambda: bool(BadBool()))
show(lambda: not BadBool())
show(lambda: BadBool() and 1)
class LenBool:
    def __len__(self): return 3
    def __bool__(self): return False
print(bool(LenBool()), len(LenBool()))
class BigLen:
    def __len__(self): return 10**20
show(lambda: len(BigLen()))
show(lambda: bool(BigLen()))
class FloatLen:
    def __len__(self): return 1.0
show(lambda: len(FloatLen()))
class IdxLen:
    class I:
        def __index__(self): return 4
    def __len__(self): return IdxLen.I()
show(lambda: len(IdxLen()))
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Ix(1)], "abc"[Ix(-1)], bin(Ix(5)), hex(Ix(255)), oct(Ix(8)), range(Ix(3)), [1, 2, 3, 4][Ix(1):Ix(3)], (1, 2) * Ix(2), "ab" * Ix(2), bytes(Ix(2)), int(Ix(7)), operator_index := __import__("operator").index(Ix(9)))
show(lambda: [1][Ix("a")])
show(lambda: float(Ix(2)))
show(lambda: complex(Ix(2)))
print(round(3.14159, Ix(2)), pow(Ix(2), Ix(3)) if False else "", chr(Ix(66)), "{:{}}".format("x", Ix(3)) if False else "")
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(format(Fmt()), format(Fmt(), "xyz"), f"{Fmt():abc}", f"{Fmt()!s:>5}"[:3], "{0:q}".format(Fmt()), "{:{w}}".format(Fmt(), w=9))
class BadFmt:
    def __format__(self, spec): return 5
show(lambda: format(BadFmt()))
show(lambda: format(object(), "x"))
print(format(object(), "")[:8], format([1, 2]), format(None), format((1,), ""), format(3.0, ""), format("s", ""))
class Plain: pass
p = Plain()
r = repr(p); print(r.startswith("<__main__.Plain object at 0x"), str(p) == r, repr(Plain).startswith("<class '__main__.Plain'>"), str(Plain))
class OnlyStr:
    def __str__(self): return "S"
class OnlyRepr:
    def __repr__(self): return "R"
print(OnlyStr(), repr(OnlyStr())[:10], OnlyRepr(), str(OnlyRepr()), [OnlyStr()][0].__str__(), [OnlyRepr()], f"{OnlyRepr()}", "%s %r" % (OnlyRepr(), OnlyRepr()))
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
show(lambda: repr(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: print(BadStr()))
show(lambda: [BadRepr()].__repr__())
class Same:
    pass
a = Same(); b = a
print(a is b, a == b, a is not Same(), a == Same(), a != Same(), None is None, [] is [])
x = [1]; y = x; y += [2]; print(x, x is y); t = (1,); u = t; u += (2,); print(t, u, t is u)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += 100; return self
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return abs(self.v)
    def __invert__(self): return "inv"
    def __repr__(self): return f"Num({self.v})"
n = Num(1); m = n; n += 1; print(n, m, n is m, 5 + Num(2), Num(2) + Num(3), -Num(4), abs(Num(-3)), ~Num(0), sum([Num(1), Num(2)]))
show(lambda: Num(1) - 1)
show(lambda: 1 - Num(1))
show(lambda: +Num(1))
class RevOnly:
    def __rsub__(self, o): return f"rsub {o}"
    def __rpow__(self, o): return f"rpow {o}"
    def __rlshift__(self, o): return f"rlshift {o}"
print(10 - RevOnly(), 2 ** RevOnly(), 1 << RevOnly(), pow(3, RevOnly()))
show(lambda: pow(3, RevOnly(), 5))
class SubInt(int):
    def __radd__(self, o): return "SubInt.radd"
    def __add__(self, o): return "SubInt.add"
print(1 + SubInt(2), SubInt(2) + 1, SubInt(1) + SubInt(1))
