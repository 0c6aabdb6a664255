# str(bytes-like, encoding[, errors]) decodes; CPython's errors for the refused forms.
print(str(b'abc', 'ascii'), str(b'\xc3\xa9t\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'))
print(str(bytearray(b'xy'), encoding='latin-1'), str(b'a', errors='strict'), repr(str(encoding='utf-8')), str(object=5))
print(str(memoryview(b'mv'), 'ascii'), str(b'caf\xe9', 'latin-1'), str(b'a\xffb', 'ascii', 'ignore'))
for f in [lambda: str('abc', 'utf-8'), lambda: str(5, 'utf-8'), lambda: str(b'a', 5),
          lambda: str(b'\xff', 'ascii'), lambda: str(b'a', 'nope'), lambda: str([1], errors='strict')]:
    try:
        print(f())
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print(bytearray(b'ab') * Num(2), Num(2) * bytearray(b'c'))
