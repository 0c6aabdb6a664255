# Money and exact arithmetic: decimal and fractions as business/finance exercises use them
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, getcontext, localcontext, InvalidOperation, DivisionByZero
from fractions import Fraction
import decimal

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal(10), Decimal("3.14159"), Decimal((0, (1, 4, 1, 4), -3)))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.3") * Decimal("1.2"), Decimal("10") / Decimal("4"), Decimal("1") / Decimal("3"))
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), divmod(Decimal("7.5"), 2))
print(Decimal("2") ** 10, Decimal("2").sqrt(), Decimal("100").log10(), Decimal(1).exp(), Decimal("10").ln())
price = Decimal("19.99")
qty = 3
tax_rate = Decimal("0.0825")
subtotal = price * qty
tax = (subtotal * tax_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(f"subtotal {subtotal:>10}\ntax      {tax:>10}\ntotal    {total:>10}")
print(f"{total:,.2f} {Decimal('1234567.891'):,} {Decimal('0.000012'):.2e} {Decimal('42'):08.3f} {Decimal('-3.5'):+}")
for rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(rounding, [str(Decimal(x).quantize(Decimal("1"), rounding=rounding)) for x in ("2.5", "3.5", "-2.5", "2.4")])
print(round(Decimal("2.675"), 2), round(2.675, 2), round(Decimal("2.5")), round(Decimal("3.5")), int(Decimal("-3.9")), float(Decimal("1.1")))
balance = Decimal("1000.00")
rate = Decimal("0.05") / 12
print("month  interest    balance")
for month in range(1, 7):
    interest = (balance * rate).quantize(Decimal("0.01"))
    balance += interest
    print(f"{month:5d} {interest:9} {balance:10}")
print(Decimal("3.000").normalize(), Decimal("1E+2").normalize(), Decimal("100").normalize(), Decimal("0.00").normalize())
print(Decimal("1.2300").as_tuple(), Decimal("-0").is_signed(), Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100)
print(Decimal("1.5").compare(Decimal("2")), max(Decimal("1.5"), Decimal("1.50")), Decimal("1.5") == 1.5, Decimal("0.1") == 0.1, Decimal(5) == 5)
print(sorted([Decimal("3.1"), Decimal("-1"), Decimal("2.50")]), sum([Decimal("1.10"), Decimal("2.20")]), Decimal("12.345").to_integral_value())
print(repr(Decimal("1e-7")), str(Decimal("1e-7")), str(Decimal("123E+5")), Decimal("0.0000001") * 1, Decimal(".5").adjusted(), Decimal("123.45").adjusted())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(3))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__, e.args[0] == [decimal.ConversionSyntax] or True)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
print(getcontext().prec, getcontext().rounding)
f = Fraction(3, 4)
g = Fraction("5/6")
print(f + g, f - g, f * g, f / g, f ** 2, -f, abs(Fraction(-1, 3)), f // g, f % g)
print(Fraction(0.75), Fraction("0.125"), Fraction(1.1).limit_denominator(100), Fraction(355, 113) == Fraction(710, 226))
print(f.numerator, f.denominator, float(g), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(1, 2) + 0.5, Fraction(1, 3) < 0.34, sum(Fraction(1, n) for n in range(1, 7)))
print(f"{Fraction(1, 3):.5f}", f"{Fraction(22, 7)}", repr(Fraction(6, 4)), str(Fraction(-6, 4)), Fraction(3).is_integer(), Fraction(5, 10).as_integer_ratio())
harmonic = Fraction(0)
for n in range(1, 11):
    harmonic += Fraction(1, n)
    print(f"H({n:2d}) = {str(harmonic):>12} ~ {float(harmonic):.6f}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
egypt = []
x = Fraction(4, 13)
while x:
    unit = Fraction(1, -(-x.denominator // x.numerator))
    egypt.append(unit)
    x -= unit
print(" + ".join(map(str, egypt)))
print(Decimal(str(Fraction(1, 8).numerator / Fraction(1, 8).denominator)), Fraction(Decimal("1.25")), Decimal(3) * Decimal("0.1"))
