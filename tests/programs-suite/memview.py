# memoryview of bytes and bytearray: slicing, writes through the view, tolist, comparisons, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def setitem(o, k, v):
    o[k] = v
buf = bytearray(b"abcdefgh")
m = memoryview(buf)
print(len(m), m[0], m[-1], m[2:5].tobytes(), m[::2].tobytes(), m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.contiguous, m[::2].c_contiguous)
m[0] = 65; m[1:3] = b"BC"; print(buf, m.tolist()[:4], m.hex(), m.hex(":"), m.hex("-", 3), bytes(m[::-1]), m == buf, m == b"ABCdefgh", m != b"x")
sub = m[2:6]; sub[0] = 0x7a; print(buf, sub.tobytes(), len(sub), sub.obj is buf, sub.nbytes)
r = memoryview(b"xyz"); print(r.readonly, r.tobytes(), r.tolist(), list(r), [x for x in r], bytes(r) + b"!", 121 in r, 7 in r)
show(lambda: setitem(r, 0, 1))
show(lambda: setitem(m, slice(0, 2), b"abc"))
show(lambda: m[10])
show(lambda: memoryview("str"))
show(lambda: memoryview(5))
show(lambda: hash(m))
print(hash(memoryview(b"abc")) == hash(b"abc"), memoryview(b"ab").tolist(), list(memoryview(b"\x00\xff")), bytearray(memoryview(b"qq")))
print(memoryview(b"") == b"", memoryview(b"a") == memoryview(b"a"), memoryview(b"a") == "a", bytes(memoryview(bytearray(b"zz"))[1:]), b"".join([memoryview(b"j"), b"k"]))
