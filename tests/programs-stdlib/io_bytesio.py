# io.BytesIO: writing, reading, seeking (all whences), lines, iteration, with, errors; struct round trip.
import io
import struct

b = io.BytesIO(b"ab\ncd")
print(b.read(1), b.readline(), b.readlines(), b.tell(), b.getvalue())
b.seek(10)
b.write(b"x")
print(b.getvalue(), b.tell())
b.seek(-3, 2)
print(b.read(), b.seek(2), b.seek(1, 1), b.read(2))
b.seek(0)
b.write(bytearray(b"ZZ"))
print(b.getvalue(), b.truncate(4), b.getvalue(), b.tell())
w = io.BytesIO()
for n in (1, 2, 70000):
    w.write(struct.pack("<iH", n, n % 65536))
w.seek(0)
print([struct.unpack("<iH", w.read(6)) for _ in range(3)], len(w.getvalue()))
with io.BytesIO(b"l1\nl2\n") as f:
    print([line for line in f], f.closed)
print(f.closed)
w.writelines([b"a", b"b"])
print(w.getvalue()[-2:], w.readable(), w.seekable(), io.BytesIO().getvalue())
for bad in [lambda: io.BytesIO().write("s"), lambda: io.BytesIO("s"), lambda: f.read(), lambda: io.BytesIO().seek(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
