# Data-model fallbacks: __bool__ vs __len__, __contains__ via __iter__/__getitem__, __hash__ and
# __eq__ together, numeric equality across types in sets/dicts, __call__, __iter__ via __getitem__.
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(2)), not L(0), 'yes' if L(3) else 'no')
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B()), len(B()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print('TypeError:', e)
class Nothing: pass
print(bool(Nothing()))
try:
    len(Nothing())
except TypeError as e:
    print('TypeError:', e)

class It:
    def __iter__(self):
        print('iterating'); yield from [1, 2, 3]
print(2 in It(), 5 in It())
class GI:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(20 in GI(), 25 in GI(), list(GI()), [x for x in GI() if x])
try:
    3 in Nothing()
except TypeError as e:
    print('TypeError:', e)

class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self): return hash(self.k.lower())
    def __repr__(self): return f'Key({self.k})'
d = {Key('A'): 1}
d[Key('a')] = 2
print(d, Key('X') in {Key('x')}, len({Key('q'), Key('Q'), Key('r')}))
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
print(EqOnly.__hash__, EqOnly() == 5, EqOnly() != 5)
class HashOnly:
    def __hash__(self): return 1
a, b = HashOnly(), HashOnly()
print(len({a, b}), a == b, a == a)
print({1, 1.0, True}, {1: 'a', 1.0: 'b', True: 'c'}, {0, -0.0, False}, hash(1) == hash(1.0) == hash(True), 1 == 1.0 == True)
print({2 ** 61 - 1, float(2 ** 61 - 1)}, hash(-1), hash(-2), hash(float('inf')), hash(0.5) == hash(0.5), {(1, 2): 'x'}[(1.0, 2.0)])
from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 2) in {0.5}, Decimal('0.5') in {0.5}, {Fraction(2): 'f'}.get(2), hash(Decimal(3)) == hash(3))

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1): return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, scale=2), callable(add5), list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(0)))
try:
    Nothing()()
except TypeError as e:
    print('TypeError:', e)
class Neg:
    def __neg__(self): return 'negated'
    def __invert__(self): return 'inverted'
print(-Neg(), ~Neg())
try:
    +Neg()
except TypeError as e:
    print('TypeError:', e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'C{self.v}'
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), min([Cmp(4), Cmp(2)]))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print('TypeError:', e)
print(Cmp(5) > Cmp(2))
class Int:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 3
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
i = Int()
print(int(i), float(i), complex(i), round(i), round(i, 2), math.trunc(i), math.floor(i), math.ceil(i), [0, 1, 2, 3][i], hex(i))
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()) if False else '', range(10)[OnlyIndex()], 'abcdef'[OnlyIndex()])
try:
    float(Nothing())
except TypeError as e:
    print('TypeError:', e)
try:
    int(Nothing())
except TypeError as e:
    print('TypeError:', e)
