# Decimal contexts: precision, traps and flags, localcontext, and special values.
import decimal
from decimal import Decimal, localcontext, getcontext, InvalidOperation, DivisionByZero

with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(22) / Decimal(7), Decimal('123456789') * 1, Decimal(2) ** Decimal(-1))
    print(sorted(s.__name__ for s, raised in ctx.flags.items() if raised))
print(Decimal(22) / Decimal(7))
with localcontext(prec=3, rounding=decimal.ROUND_CEILING) as ctx:
    print(Decimal('1.001') + 0, -Decimal('1.001') + 0, ctx.prec, ctx.rounding)
for expression in (lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('abc'),
                   lambda: Decimal(1) + 1.5, lambda: Decimal(-1).sqrt(), lambda: divmod(Decimal(5), 0)):
    try:
        print(expression())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, e)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    ctx.traps[InvalidOperation] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, Decimal(0) / 0, Decimal('abc'), ctx.flags[DivisionByZero])
inf, nan = Decimal('Infinity'), Decimal('NaN')
print(inf, -inf, nan, repr(nan), inf > 10 ** 100, nan == nan, inf + 1, Decimal('-0'), Decimal('-0') == 0)
print(getcontext())
print(decimal.Context(prec=5, rounding=decimal.ROUND_DOWN).divide(Decimal(2), Decimal(3)))
