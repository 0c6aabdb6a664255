# hashlib.blake2b/blake2s: parameter options (key, salt, person, tree parameters) and their
# errors, the classes, new() and pbkdf2_hmac with BLAKE2, and seeded random inputs against CPython.
import hashlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: hashlib.blake2b(digest_size=65)); t(lambda: hashlib.blake2b(digest_size=0)); t(lambda: hashlib.blake2s(digest_size=33)); t(lambda: hashlib.blake2b(key=b'x'*65)); t(lambda: hashlib.blake2s(key=b'x'*33))
t(lambda: hashlib.blake2b(salt=b'x'*17)); t(lambda: hashlib.blake2s(person=b'x'*9)); t(lambda: hashlib.blake2b(fanout=256)); t(lambda: hashlib.blake2b(depth=0)); t(lambda: hashlib.blake2b(leaf_size=-1)); t(lambda: hashlib.blake2b(node_depth=256)); t(lambda: hashlib.blake2b(inner_size=65)); t(lambda: hashlib.blake2s(node_offset=2**48))
t(lambda: hashlib.blake2b(b'a', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest())
t(lambda: hashlib.blake2s(b'a', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest())
h = hashlib.blake2b(); print(type(h), h.name, h.digest_size, h.block_size, type(h) is hashlib.blake2b, hashlib.blake2b, repr(h)[:22], hashlib.blake2s().block_size)
t(lambda: hashlib.pbkdf2_hmac('blake2b', b'p', b's', 2).hex()[:16]); t(lambda: sorted(hashlib.algorithms_guaranteed))
k = hashlib.blake2s(b'hello', key=b'secret', digest_size=16); c = k.copy(); c.update(b' world'); print(k.hexdigest(), c.hexdigest(), hashlib.blake2s(b'hello world', key=b'secret', digest_size=16).hexdigest())
for n in (0, 1, 63, 64, 65, 127, 128, 129, 300):
    print(n, hashlib.blake2b(bytes(range(256))[:n] * 2, key=bytes(n % 65)).hexdigest()[:32], hashlib.blake2s(bytes(n), salt=b'salt', person=b'me').hexdigest()[:32])
import random
random.seed(5)
for i in range(60):
    wide = random.random() < 0.5
    cls = hashlib.blake2b if wide else hashlib.blake2s
    size = 64 if wide else 32
    options = {"digest_size": random.randint(1, size)}
    if random.random() < 0.5:
        options["key"] = random.randbytes(random.randint(0, size))
    if random.random() < 0.3:
        options["salt"] = random.randbytes(random.randint(0, size // 4))
    if random.random() < 0.3:
        options["person"] = random.randbytes(random.randint(0, size // 4))
    if random.random() < 0.2:
        options.update(fanout=random.randint(0, 255), depth=random.randint(1, 255), leaf_size=random.randint(0, 2**32 - 1),
                       node_depth=random.randint(0, 255), inner_size=random.randint(0, size), last_node=random.random() < 0.5)
    data = random.randbytes(random.choice((0, 1, size, 2 * size, random.randint(0, 1000))))
    h = cls(**options)
    at = 0
    while at < len(data):
        step = random.randint(1, 200)
        h.update(data[at:at + step])
        at += step
    print(i, h.name, h.digest_size, h.hexdigest(), h.hexdigest() == cls(data, **options).hexdigest())
