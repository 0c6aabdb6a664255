# Arithmetic with reflected and in-place variants, NotImplemented, comparisons and hashing rules.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return Money(self.cents * k * 1)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents

class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self

a, b = Money(150), Money(250)
print(a + b, a + 5, 5 + a, b - a, a * 3, 3 * a, b / 2, -a)
print(a == Money(150), a != Money(150), a == 150, a < b, a <= b, a > b, b >= a)
print(sorted([b, a, Money(1)]), max(a, b), min([b, a]))
print(sum([a, b], Money(0)), sum([a, b]))
print(len({a, Money(150), b}), {a: "x"}[Money(150)])
c = Counter()
c += 2
c += 3
print(c.n, type(c).__name__)
m = Money(10)
m += 5
print(m)
m -= Money(3)
print(m)

class Plain:
    pass

p, q = Plain(), Plain()
print(p == p, p == q, p != q, len({p, q, p}))

class EqOnly:
    def __eq__(self, other):
        return True

print(EqOnly() == 1, 1 == EqOnly(), EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
try:
    a - 1
except AttributeError as e:
    print("AttributeError:", e)
print(a + "x")
