# __format__, __str__ vs __repr__ on user classes, containers of user objects, format protocol errors.
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec.endswith('c'):
            return f'{self.cents}c'
        amount = self.cents / 100
        return format(amount, spec or '.2f') + '$'
    def __str__(self): return f'Money({self.cents / 100:.2f})'
    def __repr__(self): return f'<Money {self.cents}>'
m = Money(12345)
print(f'{m}', f'{m:,.1f}', f'{m:c}', '{:>10.0f}'.format(m), format(m), str(m), repr(m))
print([m, Money(1)], (m,), {'k': m}, {m} if False else '', str([m]), f'{[m]}', '%s %r' % (m, m))

class OnlyRepr:
    def __repr__(self): return 'R!'
class OnlyStr:
    def __str__(self): return 'S!'
print(str(OnlyRepr()), repr(OnlyRepr()), f'{OnlyRepr()}', str(OnlyStr()), repr(OnlyStr()).startswith('<__main__.OnlyStr object'), f'{OnlyStr()!s}')
print(format(OnlyStr(), ''), '{}'.format(OnlyRepr()))
try:
    format(OnlyStr(), 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    f'{object():>10}'
except TypeError as e:
    print('TypeError:', e)

class BadFormat:
    def __format__(self, spec): return 42
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self): return 1
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)

# format dispatch through inheritance
class Temp(float):
    def __format__(self, spec):
        if spec == 'C': return f'{float(self):.1f}°C'
        return super().__format__(spec)
t = Temp(21.456)
print(f'{t:C} {t:.2f} {t}', str(t), repr(t))
class Label(str):
    def __str__(self): return 'label:' + self
print(f'{Label("x")}', str(Label('y')), '%s' % Label('z'), format(Label('w'), '>8'))

# recursive containers repr
l = [1]; l.append(l)
d = {'a': 1}; d['self'] = d
print(l, d, repr(l))
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __repr__(self): return f'Node({self.v!r}, {self.nxt!r})'
print(Node(1, Node('two', Node(3.0))))
import datetime, decimal, fractions
print(f'{datetime.date(2024, 3, 5):%d/%m/%Y} {decimal.Decimal("1.2345"):.2f} {fractions.Fraction(1, 3):.4f}')
print(str([1.0, 'a', None, True, b'x', (1,), {2}, frozenset(), 1j]))
print(repr('quote\'s'), repr("dq\"s"), repr('both\'"'), repr('\x00\n\u00e9\U0001f600'), ascii('\u00e9\U0001f600'))
print(format(True, 'd'), format(True, ''), f'{True:>5}', f'{None!r:>6}', format(None, ''))
try:
    format(None, '>6')
except TypeError as e:
    print('TypeError:', e)
print(str.format('{0}{1}{0}', 'a', 'b'), '{a[0]}{b.real}'.format(a='xy', b=3), '{0[k]}'.format({'k': 'v'}))
try:
    '{} {1}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    '{0} {2}'.format(1, 2)
except IndexError as e:
    print('IndexError:', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError:', e)
print('{{}} {{{0}}}'.format(7), '{:}'.format(5), '{!s:}'.format(5))
print('{0!r:>{1}}'.format('r', 6))
