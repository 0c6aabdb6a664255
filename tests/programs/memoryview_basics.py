# memoryview basics over bytes and bytearray: indexing, slicing views, assignment, attributes, errors.
data = bytearray(b"hello world")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv[1:4].tobytes(), mv.tolist()[:3], mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape)
mv[0] = ord("J")
mv[6:11] = b"WORLD"
print(data, bytes(mv[::2]), mv[::-1].tobytes(), mv.hex(), mv == b"Jello WORLD", b"Jello WORLD" == mv, 111 in mv)
ro = memoryview(b"abc")
print(ro.readonly, ro[1], list(ro), bytes(ro), ro.obj, type(ro).__name__, isinstance(ro, memoryview))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(5)
except TypeError as e:
    print("TypeError:", e)
sub = mv[2:8]
print(sub.tobytes(), sub[1:3].tobytes(), len(sub), bytes(mv[0:1]) + b"x", bytearray(sub))
