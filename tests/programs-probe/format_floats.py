# format() of floats/ints with every type letter, flags, widths, nested specs, % formatting.
vals = [0.0, -0.0, 1.5, -2.25, 123456.789, 1e-7, 1e22, 3.0, 0.1, 2.5, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(repr(v), '|', ' '.join(format(v, s) for s in ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2e', '.3g', '.0f', '+.1f', ' .2f', '010.3f', '<12g', '^12.2%', '=+12.1f', ',.2f', '_.1f', '#.0f', '#g', '.10g', 'n']))
for v in [0, 7, -42, 255, 10**12, True]:
    print(v, '|', ' '.join(format(v, s) for s in ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c' if 0 <= v < 0x110000 else 'd', 'e', 'f', 'g', '%', ',', '_', '_b', '08d', '+d', ' d', '^9', '*>8x', '#010b', 'n']))
w, p = 12, 3
print(f'[{3.14159:{w}.{p}f}] [{"s":{"*"}^{w}}] [{42:{"#"}{"x"}}] [{1234567.891:,.{p-1}f}]')
print('{:{fill}{align}{width}}'.format('mid', fill='-', align='^', width=11))
print('{0:>{1}} {0:<{1}}|'.format('ab', 5))
print('%s %r %a %d %i %5.2f %-6s| %06.1f %x %X %o %e %g %c %%' % ('s', 's', 'é', 3.9, -2, 3.14159, 'ab', -2.5, 255, 255, 8, 12345.678, 0.00001, 65))
print('%(name)s is %(age)d years, %(name)r' % {'name': 'Ann', 'age': 30.7})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%#x %#o %+d % d %05d %.3s' % (255, 8, 5, 5, -42, 'abcdef'))
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    '%s %s' % ('one',)
except TypeError as e:
    print('TypeError:', e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(3, '.2s')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1, ',b')
except ValueError as e:
    print('ValueError:', e)
print(f'{"é"!a} {"tab\t"!r} {[1, "x"]!s} {3.0!r:>6}')
print(format(1e16), format(1e15), str(1e16), repr(123456789012345678.0), 1/3, 2/3, 1e-5, 0.0001)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(7, -1), round(15, -1), round(25, -1))
print(format(2**70, ','), format(-1234567, '_'), format(1234567, '_x'), f'{12345678:,d}')
print('{:.3}'.format('abcdef'), '{:5.1}|'.format('xyz'), '{!r:^10}'.format('a'))
print(f'{1+2=}', f'{"x" * 2 = }', f'{3.0 * 2=:.2f}')
import math
print(f'{math.pi:.15f} {math.e:.20g} {1e300*1e10} {-math.inf:f} {math.nan:F}')
print(float('1_000.5'), float(' -3.5e2 '), float('infinity'), float('-NaN'), int('0b101', 0), int('0o17', 0), int('  42  '), int('1_000'))
print(complex(1, -0.0), complex('1+2j'), format(1+2j, '.2f'), format(3j, ''), repr(-0j), (1e300j) * 1e10)
print(1.0.hex(), (-0.1).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0X1P-2'), (0.0).hex(), float('inf').hex() if False else 'skip')
print((3.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), float.fromhex('0x1.fffffffffffffp+1023'))
