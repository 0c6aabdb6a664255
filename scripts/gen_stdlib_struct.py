"""struct cases for gen-stdlib-expected.py: calcsize, pack/unpack round trips, errors, half floats."""
import random
import struct

FORMATS = ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 'P',
           '5s', '0s', '5p', '1p', '0p', '3x', 'bi', 'bq', 'cd', 'hhl', '?Q?', 'bhiq', 'qbhi', '3h2i', 'x i x',
           '10c', 'b 0i', 'Bx0i']
ORDERS = ['', '@', '=', '<', '>', '!']
BAD_FORMATS = ['z', '3', '<n', '>N', '!P', 'i 3 h', '99999999999999999999i', '<3', 'i%', 'ii 5']


def values_for(fmt, rnd):
    vals = []
    for count, code in struct._parse if False else parse(fmt):
        for _ in range(count if code not in 'sp' else 1):
            if code == 'x':
                continue
            if code in 'sp':
                vals.append(bytes(rnd.randrange(256) for _ in range(rnd.randrange(count + 3))))
            elif code == 'c':
                vals.append(bytes([rnd.randrange(256)]))
            elif code == '?':
                vals.append(rnd.random() < 0.5)
            elif code in 'efd':
                vals.append(rnd.choice([0.0, -0.0, 1.5, -2.25, 65504.0, 6e-8, 1e-5, 0.1, 1 / 3, 3.0e38, 1e300, 5e-324]))
            else:
                size = struct.calcsize(fmt[0] + code if fmt[:1] in ('<', '>', '!', '=', '@') else code)
                signed = code.islower() and code != 'p'
                lo = -(1 << (8 * size - 1)) if signed else 0
                hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
                vals.append(rnd.choice([lo, hi, 0, 1, rnd.randint(lo, hi)]))
    return vals


def parse(fmt):
    body = fmt[1:] if fmt[:1] in ('<', '>', '!', '=', '@') else fmt
    out = []
    num = ''
    for ch in body:
        if ch.isdigit():
            num += ch
        elif ch.isspace():
            continue
        else:
            out.append((int(num) if num else 1, ch))
            num = ''
    return out


def attempt(enc, err, f):
    try:
        return enc(f())
    except Exception as e:
        return err(e)


def generate(enc, err):
    rnd = random.Random(5)
    cases = []
    for order in ORDERS:
        for body in FORMATS:
            fmt = order + body
            entry = {'format': fmt, 'calcsize': attempt(enc, err, lambda: struct.calcsize(fmt))}
            if 'error' not in entry['calcsize']:
                trials = []
                for _ in range(3):
                    vals = values_for(fmt, rnd)
                    packed = attempt(enc, err, lambda: struct.pack(fmt, *vals))
                    trial = {'values': enc(vals), 'packed': packed}
                    if isinstance(packed, dict) and 'y' in packed:
                        trial['unpacked'] = enc(list(struct.unpack(fmt, bytes.fromhex(packed['y']))))
                    trials.append(trial)
                raw = bytes(rnd.randrange(256) for _ in range(struct.calcsize(fmt)))
                entry['trials'] = trials
                entry['raw'] = enc(raw)
                entry['raw_unpacked'] = attempt(enc, err, lambda: list(struct.unpack(fmt, raw)))
            cases.append(entry)
    errors = []
    for fmt in BAD_FORMATS:
        errors.append({'op': 'calcsize', 'args': [fmt], 'out': attempt(enc, err, lambda: struct.calcsize(fmt))})
    bad_packs = [('h', [40000]), ('<h', [-40000]), ('B', [256]), ('<b', [200]), ('<I', [-1]), ('q', [2**63]),
                 ('<Q', [2**64]), ('l', [2**63]), ('<l', [2**31]), ('<L', [2**32]), ('n', [-(2**63) - 1]),
                 ('N', [-1]), ('i', [1.5]), ('f', [b'x']), ('<f', [1e300]), ('<e', [1e6]), ('<e', [65520.0]),
                 ('c', [b'ab']), ('s', [3]), ('p', ['x']), ('ii', [1]), ('x', [1]), ('', [1]),
                 ('P', [2**64]), ('P', [-(2**63) - 1]), ('P', [-1])]
    for fmt, vals in bad_packs:
        errors.append({'op': 'pack', 'args': [fmt, enc(vals)], 'out': attempt(enc, err, lambda: struct.pack(fmt, *vals))})
    for fmt, n in (('i', 3), ('i', 5), ('<h', 0), ('5s', 4)):
        errors.append({'op': 'unpack', 'args': [fmt, n], 'out': attempt(enc, err, lambda: list(struct.unpack(fmt, bytes(n))))})
    for fmt, n, off in (('i', 4, 2), ('i', 4, -9), ('i', 8, -4), ('<h', 6, 3), ('i', 8, 4)):
        errors.append({'op': 'unpack_from', 'args': [fmt, n, off],
                       'out': attempt(enc, err, lambda: list(struct.unpack_from(fmt, bytes(range(n)), off)))})
    for fmt, n, off in (('i', 4, 2), ('i', 4, -9), ('h', 4, -2), ('<q', 4, 0), ('<h', 8, 6), ('3s', 5, 1)):
        def pack_into():
            buf = bytearray(range(n))
            struct.pack_into(fmt, buf, off, *([1] if fmt[-1] != 's' else [b'xyz']))
            return bytes(buf)
        errors.append({'op': 'pack_into', 'args': [fmt, n, off], 'out': attempt(enc, err, pack_into)})
    for fmt, n in (('i', 5), ('', 0), ('<h', 6), ('3s', 9)):
        errors.append({'op': 'iter_unpack', 'args': [fmt, n],
                       'out': attempt(enc, err, lambda: [list(t) for t in struct.iter_unpack(fmt, bytes(range(n)))])})
    halves = []
    doubles = [rnd.uniform(-70000, 70000) for _ in range(300)] + [rnd.uniform(-1e-4, 1e-4) for _ in range(300)]
    doubles += [(k + 0.5) * 2.0 ** -24 for k in range(40)] + [1 + k / 2048 for k in range(40)]
    doubles += [65504.0, 65519.99, 65520.0, 2.0 ** -25, 2.0 ** -25 * 1.0000001, 2.0 ** -26, 5e-324, -0.0, float('inf'), float('-inf')]
    for x in doubles:
        halves.append([enc(x), attempt(enc, err, lambda: struct.pack('<e', x))])
    every = [repr(struct.unpack('<e', struct.pack('<H', h))[0]) for h in range(0, 65536, 7)]
    return {'cases': cases, 'errors': errors, 'halves': halves, 'unpack_halves_step7': every}
