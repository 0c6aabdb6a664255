# Big-int string limits (sys.set_int_max_str_digits), bytearray mutation, bytes methods, struct, memoryview.
import sys
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError:', e)
try:
    str(10 ** 5000)
except ValueError as e:
    print('ValueError:', e)
print(len(str(10 ** 4000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)))
print(hex(10 ** 5000)[:10], f'{10**30:e}', (10**5000).bit_length())
ba = bytearray(b'hello world')
ba.extend(b'!!'); ba.insert(0, 62); ba.remove(ord('o')); print(ba, ba.pop(), ba.pop(0), ba.count(b'l'), ba.find(b'wor'), ba.index(108))
ba.reverse(); print(ba); ba *= 2; print(len(ba), ba[:5]); ba[0:3] = b''; print(ba[:6]); ba.clear(); print(ba, bytes(ba) == b'')
b = b'The Quick  brown fox'
print(b.split(), b.split(b' ', 2), b.rsplit(None, 1), b.lower(), b.title(), b.swapcase(), b.center(24, b'*'), b.replace(b'o', b'0', 1), b.startswith((b'x', b'Th')), b.strip(b'Tx'), b.partition(b'Quick'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'abc'.translate(None, b'b'), b'a\tb'.expandtabs(4), b'1'.zfill(3), b'ab\ncd\r\n'.splitlines(), b'x'.join([b'1', bytearray(b'2')]), 98 in b'abc', b'bc' in b'abc')
print(b'abc'.isalpha(), b'AB1'.isalnum(), b'  '.isspace(), b'Ab'.istitle(), b'abc'.upper().isupper(), b'%s=%d' % (b'k', 5), b'abc'[1], b'abc'[-1:], bytes(reversed(b'abc')), list(b'hi'), b'\x00\x01'.hex(' '))
import struct
print(struct.pack('>I', 1), struct.unpack('<hH', b'\xff\xff\x01\x00'), struct.calcsize('iqd'), struct.pack('3s', b'abcd'), struct.unpack_from('>H', b'\x00\x01\x02', 1), struct.pack('?', 5), struct.pack('e', 1.5))
try:
    struct.pack('b', 200)
except struct.error as e:
    print('struct.error:', e)
mv = memoryview(b'abcdef')
print(mv[1], mv[1:3].tobytes(), bytes(mv[::2]), mv.nbytes, mv.readonly, mv.format, mv.itemsize, len(mv), mv.tolist()[:3], mv == b'abcdef')
mb = memoryview(bytearray(b'xyz')); mb[0] = 65; print(mb.obj, bytes(mb))
