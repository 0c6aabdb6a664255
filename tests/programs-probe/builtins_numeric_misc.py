# Builtins and numbers: sys basics, big-int arithmetic, float overflow, zero division messages, hashing, rounding, -0.0, math functions.
import sys
print(sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2], type(sys.maxsize), sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else '')
print(sys.getrecursionlimit(), isinstance(sys.argv, list), sys.platform in ('linux', 'darwin', 'win32'), sys.flags.optimize if hasattr(sys, 'flags') else 0)
print(float.__name__, int.__mro__, bool.__bases__, type(len).__name__, type(print), type(sys), type(lambda: 0).__name__)
print(divmod(2**100, 7), 2**100 // -7, -(2**100) % 7, (2**64).to_bytes(9, 'big'), int.from_bytes(b'\x01' * 9, 'little'), (10**30).bit_length())
print(f'{2**100:,}', f'{-2**70:_x}', f'{2**65:e}', float(2**1023) * 2, 2**1024 > 1e308)
try:
    float(2**1024)
except OverflowError as e:
    print('OverflowError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
print(pow(2, 0.5), pow(-8, 1/3), (-8) ** 0.5, 0 ** 0, 0.0 ** 0, pow(10, -2), (-2) ** -1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(hash(1.5), hash((1, 2)), hash('') , hash(()), hash(frozenset()), hash(None) == hash(None))
print(isinstance(1, (int, str)), isinstance(True, int), issubclass(bool, (str, int)), callable(print))
print(all([]), any([]), all([1, 0]), any(x > 2 for x in [1, 3]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=10))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
print(list(zip()), list(zip([1, 2], 'ab', (True, False))), dict(enumerate('ab')), list(map(str.upper, 'ab')), list(filter(None, [0, 1, '', 'x', None])))
print(round(1.25, 1), round(1.35, 1), round(2.675, 2), round(0.125, 2), round(-1.5), round(1e300, -300), round(123.456, -1), round(5, 2), type(round(5.5)), type(round(5.5, 0)))
print(abs(-0.0), -0.0 == 0.0, str(-0.0 + 0.0), max(0.0, -0.0), min(-0.0, 0.0), 1e400, -1e400, float('nan') == float('nan'))
import math
print(math.inf > 1e308, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.pi, math.tau, math.e)
print(math.floor(-0.5), math.ceil(-0.5), math.floor(2.0), type(math.floor(2.5)), math.sqrt(2), math.exp(1), math.log(100, 10), math.log(math.e), math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.gamma(5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.expm1(1e-10), math.log1p(1e-10), math.sinh(1), math.acosh(2), math.asin(1), math.fabs(-3))
