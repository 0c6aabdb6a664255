# Money arithmetic with Decimal: exact cents, rounding modes for tax, and invoice totals.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, getcontext

CENT = Decimal('0.01')
items = [('notebook', Decimal('3.49'), 3), ('pen', Decimal('0.99'), 10), ('bag', Decimal('24.50'), 1)]
subtotal = sum(price * qty for _, price, qty in items)
print(subtotal, 0.1 + 0.2, Decimal('0.1') + Decimal('0.2'))
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    tax = (subtotal * Decimal('0.0725')).quantize(CENT, rounding=mode)
    print(mode, tax, subtotal + tax)
for name, price, qty in items:
    print(f'{name:<10}{qty:>3} x {price:>6} = {price * qty:>8.2f}')
print(f'{"total":<21}{subtotal:>8,.2f}')
share = (subtotal / 3).quantize(CENT)
print(share, share * 3, subtotal - share * 3)
print(Decimal('19.99') * 100, int(Decimal('19.99') * 100), round(Decimal('2.675'), 2), round(Decimal('2.5')), round(Decimal('3.5')))
print(getcontext().prec, Decimal(1) / Decimal(3), Decimal(2).sqrt())
print(Decimal('100.00').normalize(), Decimal('1.10') == Decimal('1.1'), hash(Decimal('1.5')) == hash(1.5), Decimal(0.1))
