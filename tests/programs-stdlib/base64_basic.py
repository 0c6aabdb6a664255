# base64 and binascii: the common calls, str/bytes-like arguments and CPython's errors.
import base64
import binascii
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVsbG8gd29ybGQ"[:12]))
print(base64.standard_b64encode(bytearray(b"\xfb\xff")), base64.urlsafe_b64encode(b"\xfb\xff"), base64.urlsafe_b64decode("-_8="))
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"*$"), base64.b64decode("*$/+", altchars="*$"), base64.b64decode(memoryview(b"YWJj")))
print(base64.b64encode("pyx".encode()).decode(), base64.b32encode(b"pyx!"), base64.b32decode("OB4XQII="), base64.b32decode("ob4xqii=", casefold=True))
print(base64.b32decode("0B4XQII=", map01="L"), base64.b16encode(b"\x00\xab"), base64.b16decode("00AB"), base64.b16decode("00ab", casefold=True))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(base64.encodebytes(b"x" * 200)) == b"x" * 200)
out = io.BytesIO()
base64.encode(io.BytesIO(b"stream data " * 10), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
print(binascii.hexlify(b"\x01\xfe"), binascii.hexlify(b"\x01\xfe\x02", "-"), binascii.b2a_hex(b"abcd", b":", 2), binascii.unhexlify("01fE"))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk=\n"), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Error.__name__)

attempt("b64encode str", lambda: base64.b64encode("text"))
attempt("b64decode int", lambda: base64.b64decode(5))
attempt("b64decode non-ascii", lambda: base64.b64decode("é"))
attempt("padding", lambda: base64.b64decode("YWJ"))
attempt("one more", lambda: base64.b64decode("YWJjZ"))
attempt("validate", lambda: base64.b64decode("YW Jj", validate=True))
attempt("not validated", lambda: base64.b64decode("YW Jj!!"))
attempt("excess", lambda: base64.b64decode("YQ==YQ==", validate=True))
attempt("excess lenient", lambda: base64.b64decode("YQ==YQ=="))
attempt("b32 padding", lambda: base64.b32decode("ABC"))
attempt("b32 digit", lambda: base64.b32decode("ABCDEFG1"))
attempt("b32 lower", lambda: base64.b32decode("abcdefgh"))
attempt("b16 digit", lambda: base64.b16decode("0g"))
attempt("b16 lower", lambda: base64.b16decode("ab"))
attempt("b16 odd", lambda: base64.b16decode("ABC"))
attempt("unhexlify odd", lambda: binascii.unhexlify("abc"))
attempt("unhexlify digit", lambda: binascii.unhexlify("zz"))
attempt("encodebytes str", lambda: base64.encodebytes("x"))
attempt("crc32 str", lambda: binascii.crc32("x"))
