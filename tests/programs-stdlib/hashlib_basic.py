# hashlib: the constructors, hash objects' methods and attributes, and CPython's errors.
import hashlib


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b"The quick brown fox ")
    c = h.copy()
    h.update(b"jumps over the lazy dog")
    print(h.hexdigest(), c.hexdigest(), len(h.digest()), h.digest() == bytes.fromhex(h.hexdigest()))
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(string=b"abc").hexdigest(), hashlib.sha256(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.new("SHA256", b"abc").name, hashlib.new(name="sha1", data=b"abc").hexdigest())
print(hashlib.sha256(bytearray(b"ab")).hexdigest(), hashlib.md5(memoryview(b"ab")).hexdigest(), hashlib.sha1("é".encode()).hexdigest())
print(type(hashlib.md5()), hashlib.md5() == hashlib.md5(), sorted({"md5", "sha1", "sha256", "sha512"} & hashlib.algorithms_guaranteed))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 4096).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 2, dklen=30).hex())
h = hashlib.sha256()
for chunk in (b"a" * 1000 for _ in range(100)):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"a" * 100000).hexdigest(), h.hexdigest())

attempt("unknown", lambda: hashlib.new("foo"))
attempt("str data", lambda: hashlib.md5("text"))
attempt("int data", lambda: hashlib.sha1(5))
attempt("update str", lambda: hashlib.sha256().update("x"))
attempt("update None", lambda: hashlib.sha256().update(None))
attempt("pbkdf2 iterations", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
attempt("pbkdf2 dklen", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0))
attempt("HASH()", lambda: type(hashlib.md5())())
shake = hashlib.shake_128(b"abc")
print(type(shake), shake.name, shake.digest_size, shake.block_size, shake.hexdigest(10), shake.digest(0), hashlib.new("shake256").hexdigest(4))
print(hashlib.new("sha3-256", b"x").name, hashlib.new("SHA512").name, hashlib.pbkdf2_hmac("sha3_256", b"pw", b"salt", 3).hex())
attempt("shake no length", lambda: shake.hexdigest())
attempt("shake negative", lambda: shake.digest(-1))
attempt("shake str", lambda: shake.digest("1"))
attempt("SHA3_256", lambda: hashlib.new("SHA3_256"))
attempt("pbkdf2 shake", lambda: hashlib.pbkdf2_hmac("shake_128", b"p", b"s", 1))
