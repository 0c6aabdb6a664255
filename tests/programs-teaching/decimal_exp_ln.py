# decimal's exp, ln and log10 against CPython: fixed cases, other precisions and rounding modes, seeded random values
from decimal import Decimal, getcontext, localcontext, ROUND_DOWN, Context
import random
print(Decimal(1).exp(), Decimal("10").ln(), Decimal("100").log10(), Decimal("2").ln(), Decimal("0.5").log10(), Decimal(-1).exp())
print(Decimal("1e-30").exp(), Decimal("-1e-30").exp(), Decimal(0).exp(), Decimal(1).ln(), Decimal("0.001").log10(), Decimal("1000.0").log10())
print(Decimal("1.0000000001").ln(), Decimal("0.9999").log10(), Decimal("123.456").exp(), Decimal("-123.456").exp(), Decimal("12345678901234567890").ln())
print(Decimal(0).ln(), Decimal("Infinity").exp(), Decimal("-Infinity").exp(), Decimal("Infinity").ln(), Decimal("NaN").exp(), Decimal(0).log10())
for p in (5, 9, 50):
    with localcontext() as c:
        c.prec = p
        c.rounding = ROUND_DOWN
        print(Decimal(2).exp(), Decimal(3).ln(), Decimal(7).log10(), Decimal("0.1").exp())
random.seed(5)
out = []
for i in range(60):
    x = Decimal(random.randint(1, 10**random.randint(1, 9))) / Decimal(10) ** random.randint(3, 14)
    if random.random() < 0.3:
        x = -x
    out.append(str(x.exp()))
    if x > 0:
        out.append(str(x.ln())); out.append(str(x.log10()))
print(len(out)); print(" ".join(out))
try:
    Decimal(-1).ln()
except Exception as e:
    print(type(e).__name__)
try:
    Decimal("1e10").exp()
except Exception as e:
    print(type(e).__name__)
print(getcontext().flags[__import__("decimal").Inexact], Context(prec=6).exp(1), Context(prec=6).ln(2))
