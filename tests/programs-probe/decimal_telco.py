# telco-style: decimal arithmetic with quantize and explicit contexts over generated call records.
from decimal import Decimal, getcontext, Context, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, localcontext, Inexact, Rounded
import random
def run():
    getcontext().rounding = ROUND_DOWN
    rates = [Decimal('0.0013'), Decimal('0.00894')]
    twodig = Decimal('0.01')
    Banker = Context(rounding=ROUND_HALF_EVEN)
    basictax = Decimal('0.0675')
    disttax = Decimal('0.0341')
    rng = random.Random(5)
    sumT = sumB = sumD = Decimal(0)
    lines = []
    for i in range(400):
        calltype = rng.randrange(2)
        n = rng.randrange(1, 2000)
        r = rates[calltype]
        nc = Decimal(n)
        p = (r * nc).quantize(twodig, rounding=ROUND_HALF_EVEN)
        b = (p * basictax).quantize(twodig, rounding=ROUND_DOWN)
        sumB += b
        t = p + b
        if calltype:
            d = (p * disttax).quantize(twodig, rounding=ROUND_DOWN)
            sumD += d
            t += d
        sumT += t
        if i % 80 == 0:
            lines.append(f'{n:5d} {p:>8} {b:>6} {t:>8}')
    print('\n'.join(lines))
    print(sumT, sumB, sumD, Banker.quantize(sumT / 3, twodig), sumT.quantize(Decimal('1.'), rounding=ROUND_HALF_UP))
run()
ctx = Context(prec=6, traps=[])
print(ctx.divide(Decimal(1), Decimal(7)), ctx.flags[Inexact], ctx.flags[Rounded])
with localcontext(Context(prec=50)) as c:
    print(Decimal(2).sqrt(), Decimal(1) / Decimal(97))
print(Decimal('123.456').quantize(Decimal('1e1')), Decimal('9.995').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('-0.5').quantize(Decimal(1)), Decimal('0.001234').quantize(Decimal('1e-5')))
print(Decimal('1.23E+5'), Decimal('12300').normalize(), Decimal('1.23E+5').to_eng_string(), Decimal('0.000001').to_eng_string(), Decimal(123456789).scaleb(-3), Decimal('12.5').as_integer_ratio())
print(sorted([Decimal('1.1'), Decimal('1.10'), Decimal('1.09')]), Decimal('1.10') == Decimal('1.1'), hash(Decimal('1.10')) == hash(Decimal('1.1')), str(Decimal('1.10') + 0), Decimal('5') % Decimal('3'), divmod(Decimal('-7'), Decimal('2')))
print(Decimal('1e-30') + 1, Decimal(3.5), Decimal('3.5').is_signed(), Decimal('-0').is_zero(), Decimal('7').is_finite(), Decimal('12.34').fma(2, 1), Decimal('2').compare_total(Decimal('2.0')), Decimal('1.5').same_quantum(Decimal('2.3')))
