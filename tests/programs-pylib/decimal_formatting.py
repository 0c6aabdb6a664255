# How Decimals print: str/repr, scientific notation, as_tuple, and format specs.
from decimal import Decimal

for text in ['0', '-0.000', '1.50', '123E+3', '1E-7', '0.000001', '0.0000001', '12345678901234567890', '1.23E+30', '-4.5e-10', '100']:
    d = Decimal(text)
    print(f'{text:>22} {str(d):>22} {d.as_tuple()} {d.adjusted()}')
x = Decimal('-1234567.891')
for spec in ['', '.2f', ',.2f', '>16', '<16.1f', '^16.3f', '+.0f', '016.2f', '.3e', 'E', '.1%']:
    print(repr(spec), repr(format(x, spec)), repr(format(-x / 1000, spec)))
try:
    format(x, '_.4f')
except ValueError as e:
    print('ValueError:', e)
print(Decimal((1, (3, 1, 4), -2)), Decimal(7).as_integer_ratio(), Decimal('0.75').as_integer_ratio(), float(Decimal('1.1')), int(Decimal('9.99')))
print(sorted(map(Decimal, ['1.1', '1.10', '1.01', '-3', '0'])), max(Decimal('1'), Decimal('1.0')), Decimal('5') % 3, Decimal('-7') // 2)
