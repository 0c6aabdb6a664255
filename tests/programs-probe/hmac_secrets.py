# hmac (RFC 2104 digests over md5/sha*/sha3/blake2, copy, compare_digest errors) and secrets (token sizes, choice, SystemRandom, errors).
import hmac, hashlib
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5).hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'sha256').hexdigest())
h = hmac.new(b'k' * 200, digestmod='sha512'); h.update(b'part1'); c = h.copy(); h.update(b'part2')
print(h.hexdigest()[:32], c.hexdigest()[:32], h.name, h.digest_size, h.block_size, len(h.digest()))
print(hmac.digest(b'secret', b'msg', 'sha1').hex(), hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(bytearray(b'x'), b'x'))
print(hmac.new(b'', b'', 'sha3_256').hexdigest(), hmac.new(b'key', b'data', hashlib.blake2s).hexdigest()[:16])
try:
    hmac.new(b'key', b'msg')
except TypeError as e:
    print('TypeError:', e)
try:
    hmac.new('key', b'msg', 'sha1')
except TypeError as e:
    print('TypeError:', e)
try:
    hmac.compare_digest('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    hmac.compare_digest(1, 2)
except TypeError as e:
    print('TypeError:', e)
import secrets, string
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(16)), all(c in '0123456789abcdef' for c in secrets.token_hex()), len(secrets.token_urlsafe(16)))
alphabet = string.ascii_letters + string.digits
pw = ''.join(secrets.choice(alphabet) for _ in range(20))
print(len(pw), all(c in alphabet for c in pw), 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256, secrets.compare_digest('a', 'a'), secrets.DEFAULT_ENTROPY)
r = secrets.SystemRandom()
print(0 <= r.random() < 1, 1 <= r.randint(1, 6) <= 6, sorted(r.sample(range(10), 10)) == list(range(10)), r.choice('x'), r.randrange(0, 10, 5) in (0, 5))
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError:', e)
try:
    secrets.choice([])
except IndexError as e:
    print('IndexError:', e)
