# Random differential test of base64/binascii against CPython: seeded random data through
# every encoder and back, and random corruptions of encoded text through the decoders (their
# results or exact errors), in CPython's Mersenne Twister order under pyx too.
import base64
import binascii
import random

random.seed(4242)
for n in list(range(0, 40)) + [57, 58, 100, 255]:
    data = random.randbytes(n)
    encoded = (base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data),
               base64.b32hexencode(data), base64.b16encode(data), base64.encodebytes(data))
    decoded = (base64.b64decode(encoded[0]), base64.urlsafe_b64decode(encoded[1]), base64.b32decode(encoded[2]),
               base64.b32hexdecode(encoded[3]), base64.b16decode(encoded[4]), base64.decodebytes(encoded[5]))
    print(n, encoded[0], encoded[2], encoded[3], encoded[5].count(b"\n"), all(d == data for d in decoded),
          binascii.crc32(data), binascii.crc_hqx(data, n), binascii.hexlify(data)[:12])

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n!"
for trial in range(400):
    text = bytes(random.choice(ALPHABET) for _ in range(random.randint(0, 14)))
    results = []
    for decoder in (lambda t: base64.b64decode(t), lambda t: base64.b64decode(t, validate=True),
                    lambda t: base64.urlsafe_b64decode(t), lambda t: base64.b32decode(t.upper(), casefold=True),
                    lambda t: base64.b16decode(t, casefold=True), lambda t: binascii.a2b_base64(t, strict_mode=True)):
        try:
            results.append(repr(decoder(text)))
        except (binascii.Error, ValueError) as e:
            results.append("%s(%s)" % (type(e).__name__, e))
    print(repr(text), " | ".join(results))
