# bytes and bytearray basics: literals, indexing, slicing, methods, repr.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(bytes(5), bytes([65, 66, 67]), bytes(range(250, 256)), bytes("é", "utf-8"), b"\x00\x7f\x80\xff", b"tab\there", b"q'uote", b'd"q')
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"abc" < b"abd", b"abc" == b"abc", list(b"hi"), b"-".join([b"a", b"b"]))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b.hex(), bytes.fromhex("de ad be ef"), b.startswith(b"hell"), b.strip(b"hd"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba[1], bytes(ba), ba.pop(), ba, ba[::-1])
ba2 = bytearray(3)
ba2[1:2] = b"XYZ"
print(ba2, bytearray(range(5)), bytearray(b"x") + b"y", ba2.decode("latin-1"))
print(b"%d bytes, %s" % (5, b"raw"), b"a,b,,c".split(b","), b"  pad ".strip(), b"Mixed".lower(), b"x".isalpha(), b"12".isdigit())
print(hash(b"x") == hash(b"x"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"))
