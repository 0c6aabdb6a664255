# Random differential test of hashlib against CPython: seeded random inputs of every length
# around the block boundaries, fed whole and in random pieces, through every algorithm pyx
# implements (SHAKE with random output lengths), plus pbkdf2_hmac (random is CPython's Mersenne Twister under pyx too).
import hashlib
import random

random.seed(777)
NAMES = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512")
lengths = list(range(0, 140)) + [255, 256, 257, 1000, 4096, 10000]
for n in lengths:
    data = random.randbytes(n)
    row = []
    for name in NAMES:
        whole = hashlib.new(name, data)
        pieces = getattr(hashlib, name)()
        at = 0
        while at < n:
            step = random.randint(1, 70)
            pieces.update(data[at:at + step])
            at += step
        same = pieces.digest() == whole.digest() and pieces.copy().hexdigest() == whole.hexdigest()
        row.append(whole.hexdigest()[:16] + ("" if same else "!"))
    print(n, " ".join(row))
for n in (0, 1, 63, 64, 65, 127, 128, 129, 1000):
    data = bytes(random.randrange(256) for _ in range(n))
    print(n, hashlib.sha512(data).hexdigest(), hashlib.md5(bytearray(data)).hexdigest())
for n in (0, 1, 135, 136, 137, 167, 168, 169, 500):
    data = random.randbytes(n)
    length = random.randint(0, 400)
    shake = hashlib.shake_128(data) if n % 2 else hashlib.new("shake_256", data)
    print(n, shake.name, length, shake.hexdigest(length), shake.copy().digest(7).hex())
for name in NAMES:
    for _ in range(3):
        password, salt = random.randbytes(random.randint(0, 200)), random.randbytes(random.randint(0, 20))
        print(name, hashlib.pbkdf2_hmac(name, password, salt, random.randint(1, 50), random.choice((None, 1, 20, 100))).hex())
