"""zlib's deflate, step for step, so compress() gives the bytes CPython's zlib 1.2.13 gives.

Written for pyx from the DEFLATE format (RFC 1951) and the algorithm zlib documents: a
32K window with 3-byte hash chains, lazy matching (levels 4-9) or greedy matching (1-3)
with zlib's configuration table, blocks of at most 16383 symbols, and per block the
smallest of a stored, a fixed-Huffman and a dynamic-Huffman encoding, the Huffman trees
built as zlib builds them (heap order with depth tie-breaks, lengths capped at 15 / 7 bits
by zlib's overflow repair). Positions here are absolute offsets in the input; zlib's
window slides by 32K, and the slide's effects (old hash entries forgotten, the distance
limit, a block that began before the slide cannot be stored) are reproduced from a slide
offset. Bytes past the end of the input read as zero, as zlib's zero-filled window does.
"""

MIN_MATCH, MAX_MATCH = 3, 258
WSIZE = 32768
WMASK = WSIZE - 1
MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1
MAX_DIST = WSIZE - MIN_LOOKAHEAD
WINDOW_SIZE = 2 * WSIZE
TOO_FAR = 4096
HASH_MASK = (1 << 15) - 1
LIT_BUFSIZE = 1 << 14
L_CODES, D_CODES, BL_CODES = 286, 30, 19
HEAP_SIZE = 2 * L_CODES + 1
END_BLOCK = 256
NIL = -(1 << 40)

# level: (good_length, max_lazy, nice_length, max_chain, lazy?)
CONFIG = {1: (4, 4, 8, 4, False), 2: (4, 5, 16, 8, False), 3: (4, 6, 32, 32, False),
          4: (4, 4, 16, 16, True), 5: (8, 16, 32, 32, True), 6: (8, 16, 128, 128, True),
          7: (8, 32, 128, 256, True), 8: (32, 128, 258, 1024, True), 9: (32, 258, 258, 4096, True)}

EXTRA_LBITS = [0] * 8 + [1] * 4 + [2] * 4 + [3] * 4 + [4] * 4 + [5] * 4 + [0]
EXTRA_DBITS = [0, 0, 0, 0] + [b for b in range(1, 14) for _ in (0, 1)]
EXTRA_BLBITS = [0] * 16 + [2, 3, 7]
BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


def _tables():
    base_length, length_code = [], [0] * 256
    length = 0
    for code in range(28):
        base_length.append(length)
        for _ in range(1 << EXTRA_LBITS[code]):
            length_code[length] = code
            length += 1
    length_code[255] = 28           # length 258 has its own code
    base_length.append(0)
    base_dist, dist_code = [], [0] * 512
    dist = 0
    for code in range(16):
        base_dist.append(dist)
        for _ in range(1 << EXTRA_DBITS[code]):
            dist_code[dist] = code
            dist += 1
    dist >>= 7
    for code in range(16, D_CODES):
        base_dist.append(dist << 7)
        for _ in range(1 << (EXTRA_DBITS[code] - 7)):
            dist_code[256 + dist] = code
            dist += 1
    return base_length, length_code, base_dist, dist_code


BASE_LENGTH, LENGTH_CODE, BASE_DIST, DIST_CODE = _tables()


def _d_code(dist):
    return DIST_CODE[dist] if dist < 256 else DIST_CODE[256 + (dist >> 7)]


def _reverse(code, length):
    out = 0
    for _ in range(length):
        out = (out << 1) | (code & 1)
        code >>= 1
    return out


def _gen_codes(lengths, max_code, bl_count):
    next_code = [0] * 16
    code = 0
    for bits in range(1, 16):
        code = (code + bl_count[bits - 1]) << 1
        next_code[bits] = code
    codes = [0] * len(lengths)
    for n in range(max_code + 1):
        ln = lengths[n]
        if ln:
            codes[n] = _reverse(next_code[ln], ln)
            next_code[ln] += 1
    return codes


def _static_trees():
    llen = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
    bl_count = [0] * 16
    for ln in llen:
        bl_count[ln] += 1
    lcodes = _gen_codes(llen, 287, bl_count)
    dlen = [5] * D_CODES
    dcodes = [_reverse(n, 5) for n in range(D_CODES)]
    return llen, lcodes, dlen, dcodes


STATIC_LLEN, STATIC_LCODE, STATIC_DLEN, STATIC_DCODE = _static_trees()


class _Bits:
    def __init__(self):
        self.out = bytearray()
        self.buf = 0
        self.nbits = 0

    def send(self, value, length):
        self.buf |= value << self.nbits
        self.nbits += length
        while self.nbits >= 8:
            self.out.append(self.buf & 0xFF)
            self.buf >>= 8
            self.nbits -= 8

    def windup(self):
        if self.nbits > 0:
            self.out.append(self.buf & 0xFF)
        self.buf = 0
        self.nbits = 0


class _Tree:
    """A dynamic tree: frequencies in, code lengths and codes out (zlib's tree_desc)."""

    def __init__(self, elems, extra, base, max_length, static_len=None):
        self.elems, self.extra, self.base, self.max_length = elems, extra, base, max_length
        self.static_len = static_len
        self.freq = [0] * (2 * elems + 1 + 2)
        self.len = [0] * (2 * elems + 1 + 2)
        self.codes = None
        self.max_code = 0


class _Deflater:
    def __init__(self, level):
        self.bits = _Bits()
        self.level = level

    def init_block(self):
        self.ltree = _Tree(L_CODES, EXTRA_LBITS, 257, 15, STATIC_LLEN)
        self.dtree = _Tree(D_CODES, EXTRA_DBITS, 0, 15, STATIC_DLEN)
        self.bltree = _Tree(BL_CODES, EXTRA_BLBITS, 0, 7)
        self.ltree.freq[END_BLOCK] = 1
        self.opt_len = 0
        self.static_len = 0
        self.syms = []

    def tally_lit(self, c):
        self.syms.append((0, c))
        self.ltree.freq[c] += 1
        return len(self.syms) == LIT_BUFSIZE - 1

    def tally_dist(self, dist, lc):
        self.syms.append((dist, lc))
        self.ltree.freq[LENGTH_CODE[lc] + 257] += 1
        self.dtree.freq[_d_code(dist - 1)] += 1
        return len(self.syms) == LIT_BUFSIZE - 1

    # --- trees ---

    def build_tree(self, tree):
        freq, lens = tree.freq, tree.len
        heap = [0] * (2 * L_CODES + 1)
        depth = [0] * len(freq)
        dad = [0] * len(freq)
        heap_len = 0
        heap_max = HEAP_SIZE
        max_code = -1
        for n in range(tree.elems):
            if freq[n]:
                heap_len += 1
                heap[heap_len] = max_code = n
                depth[n] = 0
            else:
                lens[n] = 0
        while heap_len < 2:
            if max_code < 2:
                max_code += 1
                node = max_code
            else:
                node = 0
            heap_len += 1
            heap[heap_len] = node
            freq[node] = 1
            depth[node] = 0
            self.opt_len -= 1
            if tree.static_len is not None:
                self.static_len -= tree.static_len[node]
        tree.max_code = max_code

        def smaller(n, m):
            return freq[n] < freq[m] or (freq[n] == freq[m] and depth[n] <= depth[m])

        def downheap(k):
            v = heap[k]
            j = k << 1
            while j <= heap_len:
                if j < heap_len and smaller(heap[j + 1], heap[j]):
                    j += 1
                if smaller(v, heap[j]):
                    break
                heap[k] = heap[j]
                k = j
                j <<= 1
            heap[k] = v

        for n in range(heap_len // 2, 0, -1):
            downheap(n)
        node = tree.elems
        while True:
            n = heap[1]
            heap[1] = heap[heap_len]
            heap_len -= 1
            downheap(1)
            m = heap[1]
            heap_max -= 1
            heap[heap_max] = n
            heap_max -= 1
            heap[heap_max] = m
            freq[node] = freq[n] + freq[m]
            depth[node] = max(depth[n], depth[m]) + 1
            dad[n] = dad[m] = node
            heap[1] = node
            node += 1
            downheap(1)
            if heap_len < 2:
                break
        heap_max -= 1
        heap[heap_max] = heap[1]
        bl_count = self.gen_bitlen(tree, heap, heap_max, dad)
        tree.codes = _gen_codes(lens, max_code, bl_count)

    def gen_bitlen(self, tree, heap, heap_max, dad):
        freq, lens = tree.freq, tree.len
        bl_count = [0] * 16
        lens[heap[heap_max]] = 0
        overflow = 0
        for h in range(heap_max + 1, HEAP_SIZE):
            n = heap[h]
            bits = lens[dad[n]] + 1
            if bits > tree.max_length:
                bits = tree.max_length
                overflow += 1
            lens[n] = bits
            if n > tree.max_code:
                continue
            bl_count[bits] += 1
            xbits = tree.extra[n - tree.base] if n >= tree.base else 0
            f = freq[n]
            self.opt_len += f * (bits + xbits)
            if tree.static_len is not None:
                self.static_len += f * (tree.static_len[n] + xbits)
        if overflow == 0:
            return bl_count
        max_length = tree.max_length
        while True:
            bits = max_length - 1
            while bl_count[bits] == 0:
                bits -= 1
            bl_count[bits] -= 1
            bl_count[bits + 1] += 2
            bl_count[max_length] -= 1
            overflow -= 2
            if overflow <= 0:
                break
        h = HEAP_SIZE
        for bits in range(max_length, 0, -1):
            n = bl_count[bits]
            while n:
                h -= 1
                m = heap[h]
                if m > tree.max_code:
                    continue
                if lens[m] != bits:
                    self.opt_len += (bits - lens[m]) * freq[m]
                    lens[m] = bits
                n -= 1
        return bl_count

    def scan_tree(self, tree, max_code):
        bl = self.bltree.freq
        for curlen, count, prevlen, min_count in self._runs_with_min(tree, max_code):
            if count < min_count:
                bl[curlen] += count
            elif curlen != 0:
                if curlen != prevlen:
                    bl[curlen] += 1
                bl[16] += 1
            elif count <= 10:
                bl[17] += 1
            else:
                bl[18] += 1

    def _runs_with_min(self, tree, max_code):
        lens = tree.len
        lens[max_code + 1] = 0xFFFF
        prevlen, nextlen, count = -1, lens[0], 0
        max_count, min_count = (138, 3) if nextlen == 0 else (7, 4)
        for n in range(max_code + 1):
            curlen, nextlen = nextlen, lens[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            yield curlen, count, prevlen, min_count
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count, min_count = 138, 3
            elif curlen == nextlen:
                max_count, min_count = 6, 3
            else:
                max_count, min_count = 7, 4

    def send_tree(self, tree, max_code):
        bl_len, bl_code = self.bltree.len, self.bltree.codes
        send = self.bits.send
        for curlen, count, prevlen, min_count in self._runs_with_min(tree, max_code):
            if count < min_count:
                for _ in range(count):
                    send(bl_code[curlen], bl_len[curlen])
            elif curlen != 0:
                if curlen != prevlen:
                    send(bl_code[curlen], bl_len[curlen])
                    count -= 1
                send(bl_code[16], bl_len[16])
                send(count - 3, 2)
            elif count <= 10:
                send(bl_code[17], bl_len[17])
                send(count - 3, 3)
            else:
                send(bl_code[18], bl_len[18])
                send(count - 11, 7)

    def build_bl_tree(self):
        self.scan_tree(self.ltree, self.ltree.max_code)
        self.scan_tree(self.dtree, self.dtree.max_code)
        self.build_tree(self.bltree)
        max_blindex = BL_CODES - 1
        while max_blindex >= 3 and self.bltree.len[BL_ORDER[max_blindex]] == 0:
            max_blindex -= 1
        self.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4
        return max_blindex

    def compress_block(self, lcode, llen, dcode, dlen):
        send = self.bits.send
        for dist, lc in self.syms:
            if dist == 0:
                send(lcode[lc], llen[lc])
                continue
            code = LENGTH_CODE[lc]
            send(lcode[code + 257], llen[code + 257])
            extra = EXTRA_LBITS[code]
            if extra:
                send(lc - BASE_LENGTH[code], extra)
            dist -= 1
            code = _d_code(dist)
            send(dcode[code], dlen[code])
            extra = EXTRA_DBITS[code]
            if extra:
                send(dist - BASE_DIST[code], extra)
        send(lcode[END_BLOCK], llen[END_BLOCK])

    def flush_block(self, data, start, stored_len, last):
        """zlib's _tr_flush_block; start is None when the block began before a window slide."""
        self.build_tree(self.ltree)
        self.build_tree(self.dtree)
        max_blindex = self.build_bl_tree()
        opt_lenb = (self.opt_len + 3 + 7) >> 3
        static_lenb = (self.static_len + 3 + 7) >> 3
        if static_lenb <= opt_lenb:
            opt_lenb = static_lenb
        if stored_len + 4 <= opt_lenb and start is not None:
            self.stored_block(data[start:start + stored_len], last)
        elif static_lenb == opt_lenb:
            self.bits.send(2 + last, 3)
            self.compress_block(STATIC_LCODE, STATIC_LLEN, STATIC_DCODE, STATIC_DLEN)
        else:
            self.bits.send(4 + last, 3)
            lcodes, dcodes, blcodes = self.ltree.max_code + 1, self.dtree.max_code + 1, max_blindex + 1
            self.bits.send(lcodes - 257, 5)
            self.bits.send(dcodes - 1, 5)
            self.bits.send(blcodes - 4, 4)
            for rank in range(blcodes):
                self.bits.send(self.bltree.len[BL_ORDER[rank]], 3)
            self.send_tree(self.ltree, lcodes - 1)
            self.send_tree(self.dtree, dcodes - 1)
            self.compress_block(self.ltree.codes, self.ltree.len, self.dtree.codes, self.dtree.len)
        self.init_block()
        if last:
            self.bits.windup()

    def stored_block(self, chunk, last):
        self.bits.send(last, 3)
        self.bits.windup()
        n = len(chunk)
        self.bits.out += bytes((n & 0xFF, n >> 8, ~n & 0xFF, (~n >> 8) & 0xFF))
        self.bits.out += chunk


def deflate_raw(data, level):
    """The raw DEFLATE stream of data (no zlib header or trailer) at level 0-9."""
    d = _Deflater(level)
    d.init_block()
    total = len(data)
    if level == 0:
        if total == 0:
            d.stored_block(b'', 1)
        for pos in range(0, total, 65535):
            d.stored_block(data[pos:pos + 65535], 1 if pos + 65535 >= total else 0)
        return bytes(d.bits.out)
    good, max_lazy, nice, max_chain, lazy = CONFIG[level]
    win = bytes(data) + bytes(MAX_MATCH + MIN_MATCH + 8)
    head = [NIL] * (HASH_MASK + 1)
    prev = [NIL] * WSIZE
    state = {'slide': 0, 'read_end': 0, 'match_start': 0}
    strstart = 0
    block_start = 0

    def fill(strstart):
        while True:
            more = WINDOW_SIZE - (state['read_end'] - state['slide'])
            if strstart - state['slide'] >= WSIZE + MAX_DIST:
                state['slide'] += WSIZE
                more += WSIZE
            if state['read_end'] == total:
                return
            state['read_end'] += min(more, total - state['read_end'])
            if state['read_end'] - strstart >= MIN_LOOKAHEAD:
                return

    def insert(pos):
        h = ((win[pos] << 10) ^ (win[pos + 1] << 5) ^ win[pos + 2]) & HASH_MASK
        hh = head[h]
        prev[pos & WMASK] = hh
        head[h] = pos
        return hh

    def longest_match(cur, strstart, prev_length, lookahead):
        chain = max_chain
        best_len = prev_length
        nice_match = nice
        rel = strstart - state['slide']
        limit = strstart - MAX_DIST if rel > MAX_DIST else state['slide']
        if prev_length >= good:
            chain >>= 2
        if nice_match > lookahead:
            nice_match = lookahead
        while True:
            if (win[cur + best_len] == win[strstart + best_len] and win[cur + best_len - 1] == win[strstart + best_len - 1]
                    and win[cur] == win[strstart] and win[cur + 1] == win[strstart + 1]):
                # Bytes 2 are equal when the hashes are (zlib does not compare them).
                length = 3
                while length < MAX_MATCH and win[cur + length] == win[strstart + length]:
                    length += 1
                if length > best_len:
                    state['match_start'] = cur
                    best_len = length
                    if length >= nice_match:
                        break
            cur = prev[cur & WMASK]
            chain -= 1
            if cur <= limit or chain == 0:
                break
        return best_len if best_len <= lookahead else lookahead

    def valid(pos):
        return pos - state['slide'] > 0

    def block_origin():
        return block_start if block_start - state['slide'] >= 0 else None

    if lazy:
        match_length = MIN_MATCH - 1
        match_available = False
        prev_length = MIN_MATCH - 1
        while True:
            if state['read_end'] - strstart < MIN_LOOKAHEAD:
                fill(strstart)
            lookahead = state['read_end'] - strstart
            if lookahead == 0:
                break
            hash_head = NIL
            if lookahead >= MIN_MATCH:
                hash_head = insert(strstart)
            prev_length = match_length
            prev_match = state['match_start']
            match_length = MIN_MATCH - 1
            if valid(hash_head) and prev_length < max_lazy and strstart - hash_head <= MAX_DIST:
                match_length = longest_match(hash_head, strstart, prev_length, lookahead)
                if match_length == MIN_MATCH and strstart - state['match_start'] > TOO_FAR:
                    match_length = MIN_MATCH - 1
            if prev_length >= MIN_MATCH and match_length <= prev_length:
                max_insert = strstart + lookahead - MIN_MATCH
                flush = d.tally_dist(strstart - 1 - prev_match, prev_length - MIN_MATCH)
                prev_length -= 2
                while True:
                    strstart += 1
                    if strstart <= max_insert:
                        insert(strstart)
                    prev_length -= 1
                    if prev_length == 0:
                        break
                match_available = False
                match_length = MIN_MATCH - 1
                strstart += 1
                if flush:
                    d.flush_block(win, block_origin(), strstart - block_start, 0)
                    block_start = strstart
            elif match_available:
                if d.tally_lit(win[strstart - 1]):
                    d.flush_block(win, block_origin(), strstart - block_start, 0)
                    block_start = strstart
                strstart += 1
            else:
                match_available = True
                strstart += 1
        if match_available:
            d.tally_lit(win[strstart - 1])
    else:
        match_length = MIN_MATCH - 1
        while True:
            if state['read_end'] - strstart < MIN_LOOKAHEAD:
                fill(strstart)
            lookahead = state['read_end'] - strstart
            if lookahead == 0:
                break
            hash_head = NIL
            if lookahead >= MIN_MATCH:
                hash_head = insert(strstart)
            if valid(hash_head) and strstart - hash_head <= MAX_DIST:
                match_length = longest_match(hash_head, strstart, MIN_MATCH - 1, lookahead)
            if match_length >= MIN_MATCH:
                flush = d.tally_dist(strstart - state['match_start'], match_length - MIN_MATCH)
                lookahead -= match_length
                if match_length <= max_lazy and lookahead >= MIN_MATCH:
                    match_length -= 1
                    while True:
                        strstart += 1
                        insert(strstart)
                        match_length -= 1
                        if match_length == 0:
                            break
                    strstart += 1
                else:
                    strstart += match_length
                    match_length = 0
            else:
                flush = d.tally_lit(win[strstart])
                strstart += 1
            if flush:
                d.flush_block(win, block_origin(), strstart - block_start, 0)
                block_start = strstart
    d.flush_block(win, block_origin(), strstart - block_start, 1)
    return bytes(d.bits.out)
