# UnicodeDecodeError/EncodeError/TranslateError: raised by codecs and made by hand; their fields and str()
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding, e.object, e.args)
try:
    "ab€".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason, e.object, e.args)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(e, repr(e), e.start)
try:
    raise e
except ValueError as x:
    print(x)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "nope")))
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(e, e.args)
print(str(UnicodeEncodeError("ascii", "a😀", 1, 2, "r")), str(UnicodeEncodeError("ascii", "aĀ", 1, 2, "r")), str(UnicodeEncodeError("ascii", "abc", 0, 3, "r")))
print(str(UnicodeTranslateError("abc", 1, 2, "tr")), str(UnicodeDecodeError("x", b"abc", 0, 2, "r")))
class MyUE(UnicodeDecodeError): pass
print(MyUE("utf-8", b"\xff", 0, 1, "mine"))
