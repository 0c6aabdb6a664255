# Reflected ops, in-place fallbacks, NotImplemented chains, __index__, comparisons, total_ordering.
import functools, operator

class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f'V{self.c}'
    def __add__(self, o):
        print('V.__add__', o)
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print('V.__radd__', o)
        return self + o
    def __mul__(self, k):
        if isinstance(k, (int, float)): return V(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c

a, b = V(1, 2), V(3, 4)
print(a + b, 1 + a, a + 1.5, 2 * a, a * 3, a @ b, -a, +a, abs(V(3, 4)), bool(V(0, 0)))
print(sum([a, b, V(1, 1)]))
try:
    a + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' - a
except TypeError as e:
    print('TypeError:', e)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)

# in-place fallback to binary op, and __iadd__ returning NotImplemented
c = a
c += b
print(c, c is a)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        if isinstance(x, list):
            self.items.extend(x); return self
        return NotImplemented
    def __add__(self, x):
        print('Acc.__add__'); n = Acc(); n.items = self.items + [x]; return n
acc = Acc(); orig = acc
acc += [1, 2]; print(acc is orig, acc.items)
acc += 3; print(acc is orig, acc.items)

# subclass reflected op takes priority
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base(), Base() + Base())

# __index__
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
i = Idx(2)
print([10, 20, 30][i], 'abcdef'[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)))
print(operator.index(i), (1, 2, 3) * Idx(2), [0] * Idx(3), int.__index__(7))
try:
    [1][Idx('x')]
except TypeError as e:
    print('TypeError:', e)
try:
    key = 'a'
    [1, 2][key]
except TypeError as e:
    print('TypeError:', e)

# rich comparison fallback
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('R.__lt__'); return NotImplemented
    def __gt__(self, o):
        print('R.__gt__', self.v, o.v); return self.v > o.v
print(R(1) < R(2))
class OnlyEq:
    def __eq__(self, o): print('eq called'); return NotImplemented
x = OnlyEq()
print(x == x, x != OnlyEq(), x == 1)

@functools.total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return isinstance(o, Money) and self.c == o.c
    def __lt__(self, o):
        if not isinstance(o, Money): return NotImplemented
        return self.c < o.c
    def __repr__(self): return f'${self.c}'
ms = [Money(5), Money(1), Money(3)]
print(sorted(ms), max(ms), Money(1) <= Money(1), Money(2) >= Money(3), Money(4) > Money(3))
try:
    Money(1) >= 5
except TypeError as e:
    print('TypeError:', e)

# operator module functions mirror protocol
print(operator.add(a, b), operator.mul(a, 2), operator.neg(a), operator.iadd([1], [2]), operator.concat('a', 'b'))
print(operator.lt(1, 2), operator.contains([1, 2], 2), operator.getitem({'k': 1}, 'k'), operator.truth(0))
print(operator.attrgetter('c')(a), operator.itemgetter(1, 0)('ab'), operator.methodcaller('upper')('x'))
# __divmod__, __pow__ with modulo, __rpow__, __floordiv__
class N:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __rdivmod__(self, o): return ('rdivmod', o, self.v)
    def __pow__(self, e, m=None): return ('pow', self.v, e, m)
    def __rpow__(self, b): return ('rpow', b, self.v)
    def __floordiv__(self, o): return ('floordiv', self.v, o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __lshift__(self, o): return ('lshift', o)
    def __rand__(self, o): return ('rand', o)
    def __invert__(self): return ('invert', self.v)
n = N(3)
print(divmod(n, 2), divmod(2, n), n ** 2, pow(n, 2, 5), 2 ** n, n // 4, 1 / n, n << 1, 5 & n, ~n)
