# Conversions: int()/float()/complex() parsing (bases, underscores, unicode digits, whitespace),
# str()/repr() round trips, bytes <-> int/hex, chr/ord, bool(), and their errors.
print(int('١٢٣'), int('０７'), float('١.٥'), int(' +7 '), int('-0x1f', 16), int('z', 36), int('0_0'), int('10', 0), int(b'42'), int(bytearray(b'17')))
print(int(3.99), int(-3.99), int(True), int('  1_000_000  '), int('ff', base=16), int('0b_1010', 0), float('1e-3'), float('.5'), float('5.'), float('-inf'))
for bad in ['', ' ', '1.5', '0x', '1__0', '_1', '1_', 'abc', '٣x', '08']:
    try:
        int(bad, 0) if bad == '08' else int(bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in ['', 'nan!', '1e', '1.2.3', '--1', 'in f']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('10', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int(10, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    float([1])
except TypeError as e:
    print('TypeError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-1.5e2J'), complex(2), complex(1, 2) == 1 + 2j, complex('1_0+2_0j'))
try:
    complex('1 + 2j')
except ValueError as e:
    print('ValueError:', e)
try:
    complex('1+2j', 1)
except TypeError as e:
    print('TypeError:', e)
print(str(1.0), str(1e16), str(-0.0), str(1/3), repr(1e-5), repr(123.0), str(2**64), str(True), str(None), str(b'a'), str([1.0, 'x']))
print(ord('a'), ord('€'), ord('😀'), chr(97), chr(0x1F600), chr(8364), repr(chr(0)), repr(chr(127)), repr(chr(0xad)), repr('\u200b'))
for bad in [lambda: ord(''), lambda: ord('ab'), lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytes.fromhex('de ad BE EF'), b'\x00\xff'.hex(), b'abcdef'.hex(':', 2), b'abc'.hex('-'), bytearray.fromhex('0a0b'))
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    bytes.fromhex('abc')
except ValueError as e:
    print('ValueError:', e)
print(b'%d-%s-%05.1f-%x-%c-%r' % (5, b'x', 2.5, 255, 65, b'q'), b'%(k)s' % {b'k': b'v'}, 'é'.encode(), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e, e.start, e.end, e.reason)
try:
    b'\xc3('.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(bool(''), bool(' '), bool(0.0), bool(-0.0), bool(0j), bool([]), bool([0]), bool({}), bool(range(0)), bool(None), bool(...), bool(float('nan')))
print(list('abc'), tuple([1, 2]), set('aab') == {'a', 'b'}, dict([('a', 1), ['b', 2]]), dict(zip('xy', (1, 2))), dict(a=1, **{'b': 2}), list({'k': 1}), list(b'ab'), tuple(range(3)))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
try:
    dict([1])
except TypeError as e:
    print('TypeError:', e)
print(hex(255), oct(8), bin(-5), hex(-1), format(255, 'x'), int(hex(1234), 16), round(3.14159, 3), round(-2.5), round(2.5), round(3.5), abs(-3), abs(-3.5), abs(3 + 4j))
print(str(12345678901234567890), repr(0.1 + 0.2), float(10**20), float(2**53 + 1), int(1e20), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 0.1 * 3 == 0.3)
print(ascii('naïve ☃'), repr('naïve ☃'), str('naïve'), 'x'.__repr__(), (1).__repr__(), 1.5.__str__(), [1].__str__())
from collections import namedtuple, defaultdict, ChainMap
Pt = namedtuple('Pt', 'x y')
print('%s-%s' % Pt(1, 2), '%(a)s/%(b)s' % defaultdict(lambda: '?', a=1), '%(q)s' % ChainMap({'q': 'chain'}), 'plain' % [1])
class Missing(dict):
    def __missing__(self, k): return f'<{k}>'
class Upper:
    def __getitem__(self, k): return k.upper()
print('%(zz)s and %(a)s' % Missing(a=1), '%(hi)s' % Upper(), '%(name)s is %(age)d' % vars(type('X', (), {})) if False else '', '%s' % (Pt(3, 4),))
try:
    '%(a)s' % [1]
except TypeError as e:
    print('TypeError:', e)
