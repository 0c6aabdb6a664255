# bytearray: a mutable sequence of bytes (append, extend, slices, item assignment, methods).
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend([32, 119])
ba += b"orld"
print(ba, len(ba), ba[1], ba[-1], ba[1:4], type(ba[1:4]).__name__)
ba[1:3] = b"EE"
print(ba)
del ba[0]
del ba[-3:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65); ba.remove(32); ba.reverse()
print(ba, ba.upper(), ba.find(b"E"), b"E" in ba, 69 in ba, ba.count(b"E"))
c = ba.copy(); c.clear(); print(c, ba == bytes(ba), ba == ba.copy(), bytearray(b"a") < b"b")
print(bytearray(3), bytearray([1, 2, 3]), bytearray("héllo", "utf-8"), bytearray(range(65, 70)).decode())
print(bytearray(b"abc") + b"def", b"abc" + bytearray(b"def"), bytearray(b"ab") * 3, list(bytearray(b"xyz")))
x = bytearray(b"0123456789")
x[::2] = b"abcde"
print(x, x.split(b"5"), x.strip(b"a9"), x.hex())
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
try:
    ba.append(256)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(ba, bytearray), isinstance(ba, bytes), type(ba))
