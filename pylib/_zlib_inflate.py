"""DEFLATE decoding (RFC 1951) for pylib's zlib; written for pyx.

inflate_raw(data, start) decodes one raw DEFLATE stream beginning at byte `start` and returns
(output bytes, offset of the first byte after the stream). Malformed input raises
_InflateError with zlib's message ("invalid block type", "invalid distance too far back", …);
input that ends early raises _Incomplete.
"""

from _zlib_deflate import BASE_LENGTH, EXTRA_LBITS, BASE_DIST, EXTRA_DBITS, BL_ORDER


class _InflateError(Exception):
    pass


class _Incomplete(Exception):
    pass


class _Reader:
    def __init__(self, data, start):
        self.data = data
        self.pos = start
        self.buf = 0
        self.nbits = 0

    def bits(self, n):
        while self.nbits < n:
            if self.pos >= len(self.data):
                raise _Incomplete()
            self.buf |= self.data[self.pos] << self.nbits
            self.pos += 1
            self.nbits += 8
        v = self.buf & ((1 << n) - 1)
        self.buf >>= n
        self.nbits -= n
        return v

    def align(self):
        self.buf = 0
        self.nbits = 0


def _decoder(lengths):
    """{(length, code): symbol} for canonical codes of the given lengths; None if over-subscribed."""
    count = [0] * 16
    for ln in lengths:
        count[ln] += 1
    count[0] = 0
    left = 1
    for ln in range(1, 16):
        left = (left << 1) - count[ln]
        if left < 0:
            return None
    code = 0
    next_code = [0] * 16
    for ln in range(1, 16):
        code = (code + count[ln - 1]) << 1
        next_code[ln] = code
    table = {}
    for sym, ln in enumerate(lengths):
        if ln:
            table[(ln, next_code[ln])] = sym
            next_code[ln] += 1
    return table


def _decode(reader, table):
    code = 0
    for ln in range(1, 16):
        code = (code << 1) | reader.bits(1)
        sym = table.get((ln, code))
        if sym is not None:
            return sym
    raise _InflateError('invalid code')


_FIXED_L = _decoder([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8)
_FIXED_D = _decoder([5] * 30)


def inflate_raw(data, start=0):
    r = _Reader(data, start)
    out = bytearray()
    while True:
        last = r.bits(1)
        kind = r.bits(2)
        if kind == 0:
            r.align()
            if r.pos + 4 > len(data):
                raise _Incomplete()
            n = data[r.pos] | data[r.pos + 1] << 8
            nn = data[r.pos + 2] | data[r.pos + 3] << 8
            if n != (~nn & 0xFFFF):
                raise _InflateError('invalid stored block lengths')
            r.pos += 4
            if r.pos + n > len(data):
                raise _Incomplete()
            out += data[r.pos:r.pos + n]
            r.pos += n
        elif kind == 3:
            raise _InflateError('invalid block type')
        else:
            if kind == 1:
                ltable, dtable = _FIXED_L, _FIXED_D
            else:
                hlit = r.bits(5) + 257
                hdist = r.bits(5) + 1
                hclen = r.bits(4) + 4
                if hlit > 286 or hdist > 30:
                    raise _InflateError('too many length or distance symbols')
                cl = [0] * 19
                for i in range(hclen):
                    cl[BL_ORDER[i]] = r.bits(3)
                ctable = _decoder(cl)
                if ctable is None:
                    raise _InflateError('invalid code lengths set')
                lengths = []
                while len(lengths) < hlit + hdist:
                    sym = _decode(r, ctable)
                    if sym < 16:
                        lengths.append(sym)
                    elif sym == 16:
                        if not lengths:
                            raise _InflateError('invalid bit length repeat')
                        lengths += [lengths[-1]] * (3 + r.bits(2))
                    elif sym == 17:
                        lengths += [0] * (3 + r.bits(3))
                    else:
                        lengths += [0] * (11 + r.bits(7))
                if len(lengths) > hlit + hdist:
                    raise _InflateError('invalid bit length repeat')
                if lengths[256] == 0:
                    raise _InflateError('invalid code -- missing end-of-block')
                ltable = _decoder(lengths[:hlit])
                if ltable is None:
                    raise _InflateError('invalid literal/lengths set')
                dtable = _decoder(lengths[hlit:])
                if dtable is None:
                    raise _InflateError('invalid distances set')
            while True:
                sym = _decode(r, ltable)
                if sym < 256:
                    out.append(sym)
                    continue
                if sym == 256:
                    break
                sym -= 257
                if sym >= 29:
                    raise _InflateError('invalid literal/length code')
                length = BASE_LENGTH[sym] + 3 + r.bits(EXTRA_LBITS[sym]) if sym != 28 else 258
                dsym = _decode(r, dtable)
                if dsym >= 30:
                    raise _InflateError('invalid distance code')
                dist = BASE_DIST[dsym] + 1 + r.bits(EXTRA_DBITS[dsym])
                if dist > len(out):
                    raise _InflateError('invalid distance too far back')
                if dist >= length:
                    out += out[-dist:len(out) - dist + length]
                else:
                    for _ in range(length):
                        out.append(out[-dist])
        if last:
            return bytes(out), r.pos
