# fractions, decimal contexts and quantize, math helpers, int.to_bytes, bit ops.
from fractions import Fraction as F
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, InvalidOperation, DivisionByZero, Context
import math
print(F(3, 4) + F(1, 4), F(1, 3) * 3, F('0.125'), F(2.5), F('-7/21'), F(1, 3) ** 2, F(2) ** -2, F(-1, 3) // 1, F(7, 3) % 1)
print(F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), float(F(1, 3)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 2))
print(F(3.1415926).limit_denominator(100), F(1, 3).numerator, F(6, 4).denominator, F(5, 10).as_integer_ratio(), abs(F(-1, 2)), F(10, 4).is_integer() if hasattr(F, 'is_integer') else '')
print(repr(F(1, 2)), str(F(4, 2)), f'{F(1, 3):.3f}', sum([F(1, n) for n in range(1, 5)]), math.floor(F(7, 2)), math.ceil(F(7, 2)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    F('abc')
except ValueError as e:
    print('ValueError:', e)

print(D('1.10') + D('2.205'), D('10') / D('3'), D(1) / D(7), D('1.30') * 2, D('7') // D('2'), D('-7') % D('3'), D('2') ** 10)
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('2.665').quantize(D('.01')), D('1234.5').quantize(D('1'), rounding=ROUND_DOWN), D('-1.5').quantize(D('1'), rounding=ROUND_CEILING))
print(D(0.1), D('1e3'), D('1E+3').normalize(), D('100').normalize(), D('0.00').normalize(), D('-0'), D('1.2300').normalize(), D('123.456').as_tuple())
print(D('NaN').is_nan(), D('Infinity'), D('-inf') < 0, D('1.5').to_integral_value(), D('2.5').to_integral_value(rounding=ROUND_HALF_EVEN), D(5).sqrt(), D('0.5').exp().quantize(D('1.0000')))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 0, ctx.prec)
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(3), getcontext().prec, getcontext().rounding)
try:
    D(1) / D(0)
except DivisionByZero as e:
    print('DivisionByZero', type(e).__mro__[1].__name__)
try:
    D('abc')
except InvalidOperation as e:
    print('InvalidOperation', e)
c = Context(prec=3, rounding=ROUND_HALF_UP)
print(c.divide(D(2), D(3)), c.add(D('1.005'), D(0)), D('1.2345').quantize(D('0.001'), context=c) if False else '')
print(sum([D('0.1')] * 10), D('0.1') * 3 == D('0.3'), 0.1 * 3 == 0.3, D(3) == 3, D('3.0') == 3.0, D('1.5') < 2, max(D('1'), D('1.0')), sorted([D('2'), D('1.5'), D('-1')]))
print(f'{D("1234.5678"):,.2f} {D("0.000123"):e} {D("5"):.3f} {D("-3.14159"):+.2f} {D("1e10"):f}', str(D('1e-7')), str(D('0.000001')), repr(D('1.50')))
print(D(10).ln().quantize(D('0.0001')), D(100).log10(), D('-2.5').copy_abs(), D('1.5').copy_negate(), D(17).max(D(4)), D('2.50').compare(D('2.5')))
print(int(D('-3.9')), float(D('1.25')), round(D('2.5')), round(D('3.14159'), 3), math.floor(D('-1.5')), D(3).adjusted(), D('0.0123').adjusted())

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001, rel_tol=1e-2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(0, 1e-10))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.prod([F(1, 2), 4], start=2), math.prod([]), math.isqrt(10**20 + 1), math.isqrt(0))
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.factorial(20), math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2), math.copysign(1, -0.0), math.trunc(-2.7), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.modf(-3.75), math.frexp(12.0), math.ldexp(0.75, 4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27.0) if hasattr(math, 'cbrt') else 3.0, math.exp2(10) if hasattr(math, 'exp2') else 1024.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.comb(-1, 2), lambda: math.isqrt(-4), lambda: math.factorial(-1), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), (255).to_bytes())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
print((255).bit_length(), (-255).bit_length(), (0b1011).bit_count(), (10).as_integer_ratio(), (2**64).bit_length(), int.bit_count(-7), (7).conjugate(), (6).real, (6).imag, (6).numerator)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), pow(3, -1, 7), pow(2, 100, 1000), pow(-2, 3), pow(2, -1), pow(0, 0), 10 ** -2, (-8) ** (1/3) if False else '', 7 // -2, -7 // 2, 7 % -2)
print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, 2 ** 0.5, 10 / 4, 10 // 4.0, 3 * 1.1, 1 / 3 * 3, 5e-324 / 2, 1.7976931348623157e308 + 1e292)
