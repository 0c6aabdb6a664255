"""pyflate-style bit streams: an LSB-first bit writer/reader over bytearray, canonical Huffman
code construction, encode/decode round trips and LZ77-ish back references (own version)."""
import heapq
from collections import Counter


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def write(self, value, nbits):
        self.acc |= (value & ((1 << nbits) - 1)) << self.n
        self.n += nbits
        while self.n >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.n -= 8

    def write_rev(self, code, length):
        # Huffman codes go most-significant bit first into an LSB-first stream.
        r = 0
        for _ in range(length):
            r = (r << 1) | (code & 1)
            code >>= 1
        self.write(r, length)

    def flush(self):
        if self.n:
            self.out.append(self.acc & 0xFF)
            self.acc = self.n = 0
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.acc = 0
        self.n = 0

    def read(self, nbits):
        while self.n < nbits:
            if self.pos >= len(self.data):
                raise EOFError("out of bits")
            self.acc |= self.data[self.pos] << self.n
            self.pos += 1
            self.n += 8
        v = self.acc & ((1 << nbits) - 1)
        self.acc >>= nbits
        self.n -= nbits
        return v


def code_lengths(freqs, limit=15):
    heap = [(f, i, sym) for i, (sym, f) in enumerate(sorted(freqs.items()))]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: 1}
    parent = {}
    counter = len(heap)
    while len(heap) > 1:
        f1, i1, a = heapq.heappop(heap)
        f2, i2, b = heapq.heappop(heap)
        node = ("n", counter)
        parent[a] = node
        parent[b] = node
        heapq.heappush(heap, (f1 + f2, counter, node))
        counter += 1
    lengths = {}
    for sym in freqs:
        d, x = 0, sym
        while x in parent:
            x = parent[x]
            d += 1
        lengths[sym] = min(d, limit)
    return lengths


def canonical(lengths):
    code = 0
    codes = {}
    prev = 0
    for length, sym in sorted((l, s) for s, l in lengths.items()):
        code <<= length - prev
        codes[sym] = (code, length)
        code += 1
        prev = length
    return codes


def encode(data):
    freqs = Counter(data)
    lengths = code_lengths(freqs)
    codes = canonical(lengths)
    w = BitWriter()
    w.write(len(data), 24)
    w.write(len(lengths), 9)
    for sym in sorted(lengths):
        w.write(sym, 8)
        w.write(lengths[sym], 4)
    for b in data:
        c, l = codes[b]
        w.write_rev(c, l)
    return w.flush(), codes


def decode(blob):
    r = BitReader(blob)
    n = r.read(24)
    nsym = r.read(9)
    lengths = {}
    for _ in range(nsym):
        sym = r.read(8)
        lengths[sym] = r.read(4)
    table = {(l, c): s for s, (c, l) in canonical(lengths).items()}
    out = bytearray()
    for _ in range(n):
        code = length = 0
        while True:
            code = (code << 1) | r.read(1)
            length += 1
            s = table.get((length, code))
            if s is not None:
                out.append(s)
                break
    return bytes(out)


def lz77(data, window=256, min_len=3):
    i, out = 0, []
    while i < len(data):
        best_len = best_off = 0
        start = max(0, i - window)
        for j in range(start, i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 34:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= min_len:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out


def unlz77(tokens):
    out = bytearray()
    for t in tokens:
        if isinstance(t, tuple):
            off, length = t
            for _ in range(length):
                out.append(out[-off])
        else:
            out.append(t)
    return bytes(out)


def main():
    text = ("It was the best of times, it was the worst of times, it was the age of wisdom, "
            "it was the age of foolishness... " * 5).encode()
    blob, codes = encode(text)
    print(len(text), len(blob), sorted(codes.items())[:4])
    back = decode(blob)
    print("roundtrip", back == text, sum(blob) % 65521, blob[-8:].hex())
    binary = bytes((i * i + 7 * i) % 251 for i in range(600))
    blob2, _ = encode(binary)
    print(len(blob2), decode(blob2) == binary)
    toks = lz77(text[:600])
    print(len(toks), sum(1 for t in toks if isinstance(t, tuple)), toks[:6], unlz77(toks) == text[:600])
    w = BitWriter()
    for i in range(1, 200):
        w.write(i, i % 13 + 1)
    data = w.flush()
    r = BitReader(data)
    print(len(data), all(r.read(i % 13 + 1) == i & ((1 << (i % 13 + 1)) - 1) for i in range(1, 200)), data[:8].hex())
    try:
        BitReader(b"\x01").read(9)
    except EOFError as e:
        print("EOFError:", e)


main()
