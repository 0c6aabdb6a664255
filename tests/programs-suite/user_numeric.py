# a user numeric type through every operator protocol: reflected and in-place fallbacks, conversions, rounding, comparisons
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Q:
    def __init__(self, n, d=1):
        g = math.gcd(n, d) or 1
        if d < 0: n, d = -n, -d
        self.n, self.d = n // g, d // g
    def _c(self, o):
        if isinstance(o, Q): return o
        if isinstance(o, int): return Q(o)
        return NotImplemented
    def __repr__(self): return f"Q({self.n}/{self.d})" if self.d != 1 else f"Q({self.n})"
    def __add__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else o - self
    def __mul__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        if o is NotImplemented: return NotImplemented
        if o.n == 0: raise ZeroDivisionError("Q division by zero")
        return Q(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return self._c(o) / self
    def __floordiv__(self, o): q = self / o; return q.n // q.d
    def __mod__(self, o): return self - (self // o) * self._c(o)
    def __divmod__(self, o): return (self // o, self % o)
    def __pow__(self, e, mod=None):
        if mod is not None: return "three-arg pow"
        return Q(self.n ** e, self.d ** e) if e >= 0 else Q(self.d ** -e, self.n ** -e)
    def __neg__(self): return Q(-self.n, self.d)
    def __pos__(self): return self
    def __abs__(self): return Q(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._c(o)
        return NotImplemented if o is NotImplemented else self.n * o.d < o.n * self.d
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash((self.n, self.d))
    def __bool__(self): return self.n != 0
    def __int__(self): return self.n // self.d
    def __float__(self): return self.n / self.d
    def __complex__(self): return complex(float(self))
    def __round__(self, nd=None): return round(self.n / self.d, nd)
    def __trunc__(self): return int(self.n / self.d)
    def __floor__(self): return self.n // self.d
    def __ceil__(self): return -(-self.n // self.d)
h = Q(1, 2); t = Q(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * h, 1 / h, h + 1, h ** 2, h ** -2, -h, +h, abs(Q(-3, 4)))
print(h // t, h % t, divmod(Q(7, 2), 2), pow(h, 2), pow(h, 2, 5), 3 // Q(1) if hasattr(Q, "__rfloordiv__") else "no rfloordiv")
print(h == Q(2, 4), h != t, h < t, h > t, h <= Q(1, 2), h >= t, t < 1, 1 > t, sorted([h, t, Q(0), Q(-1)]), max(h, t), min([h, t]), h == 0.5, h == "x")
print(bool(Q(0)), bool(h), int(Q(7, 2)), float(h), complex(h), round(Q(7, 3)), round(Q(7, 3), 2), math.trunc(Q(-7, 2)), math.floor(Q(-7, 2)), math.ceil(Q(-7, 2)), sum([h, t, Q(1, 6)]), sum([h, t], Q(0)))
x = Q(1); x += 1; x *= Q(3); x -= h; x /= 2; print(x, {h: "half"}[Q(2, 4)], len({h, Q(2, 4), t}))
show(lambda: h + 0.5)
show(lambda: 0.5 + h)
show(lambda: h / 0)
show(lambda: h < "a")
show(lambda: h @ h)
show(lambda: h & 1)
show(lambda: ~h)
show(lambda: 1 // h)
show(lambda: [1, 2][Q(1)])
show(lambda: hex(h))
class OnlyAdd:
    def __add__(self, o): return f"add {o}"
class OnlyIAdd:
    def __iadd__(self, o): return f"iadd {o}"
o = OnlyAdd(); o += 1; print(o)
p = OnlyIAdd(); p += 2; print(p)
q = OnlyIAdd()
show(lambda: q + 1)
class RightWins(int):
    def __radd__(self, o): return "RightWins.__radd__"
    def __rsub__(self, o): return "RightWins.__rsub__"
print(1 + RightWins(2), 1 - RightWins(2), RightWins(2) + 1, type(RightWins(2) - 1).__name__)
