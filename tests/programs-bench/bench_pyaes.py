"""AES-128 in pure Python: key expansion, ECB/CBC/CTR modes over a few KB (own version of crypto_pyaes)."""

def xtime(a):
    a <<= 1
    if a & 0x100:
        a ^= 0x11B
    return a


def gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def build_sbox():
    # multiplicative inverse in GF(2^8) followed by the affine map
    inv = [0] * 256
    for x in range(1, 256):
        for y in range(1, 256):
            if gmul(x, y) == 1:
                inv[x] = y
                break
    sbox = []
    for x in range(256):
        b = inv[x]
        s = b
        for k in range(1, 5):
            s ^= ((b << k) | (b >> (8 - k))) & 0xFF
        sbox.append(s ^ 0x63)
    return sbox


SBOX = build_sbox()
INV_SBOX = [0] * 256
for i, v in enumerate(SBOX):
    INV_SBOX[v] = i
MUL = {m: [gmul(x, m) for x in range(256)] for m in (2, 3, 9, 11, 13, 14)}
RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36]


def expand_key(key):
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    for i in range(4, 44):
        t = list(words[i - 1])
        if i % 4 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[b] for b in t]
            t[0] ^= RCON[i // 4 - 1]
        words.append([a ^ b for a, b in zip(words[i - 4], t)])
    return [sum(words[r * 4:r * 4 + 4], []) for r in range(11)]


def add_round_key(s, k):
    for i in range(16):
        s[i] ^= k[i]


def shift_rows(s):
    s[1], s[5], s[9], s[13] = s[5], s[9], s[13], s[1]
    s[2], s[6], s[10], s[14] = s[10], s[14], s[2], s[6]
    s[3], s[7], s[11], s[15] = s[15], s[3], s[7], s[11]


def inv_shift_rows(s):
    s[5], s[9], s[13], s[1] = s[1], s[5], s[9], s[13]
    s[10], s[14], s[2], s[6] = s[2], s[6], s[10], s[14]
    s[15], s[3], s[7], s[11] = s[3], s[7], s[11], s[15]


def mix_columns(s):
    m2, m3 = MUL[2], MUL[3]
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c:c + 4]
        s[c] = m2[a0] ^ m3[a1] ^ a2 ^ a3
        s[c + 1] = a0 ^ m2[a1] ^ m3[a2] ^ a3
        s[c + 2] = a0 ^ a1 ^ m2[a2] ^ m3[a3]
        s[c + 3] = m3[a0] ^ a1 ^ a2 ^ m2[a3]


def inv_mix_columns(s):
    m9, m11, m13, m14 = MUL[9], MUL[11], MUL[13], MUL[14]
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c:c + 4]
        s[c] = m14[a0] ^ m11[a1] ^ m13[a2] ^ m9[a3]
        s[c + 1] = m9[a0] ^ m14[a1] ^ m11[a2] ^ m13[a3]
        s[c + 2] = m13[a0] ^ m9[a1] ^ m14[a2] ^ m11[a3]
        s[c + 3] = m11[a0] ^ m13[a1] ^ m9[a2] ^ m14[a3]


class AES:
    def __init__(self, key):
        self.rounds = expand_key(key)

    def encrypt_block(self, block):
        s = list(block)
        add_round_key(s, self.rounds[0])
        for r in range(1, 10):
            s = [SBOX[b] for b in s]
            shift_rows(s)
            mix_columns(s)
            add_round_key(s, self.rounds[r])
        s = [SBOX[b] for b in s]
        shift_rows(s)
        add_round_key(s, self.rounds[10])
        return bytes(s)

    def decrypt_block(self, block):
        s = list(block)
        add_round_key(s, self.rounds[10])
        inv_shift_rows(s)
        s = [INV_SBOX[b] for b in s]
        for r in range(9, 0, -1):
            add_round_key(s, self.rounds[r])
            inv_mix_columns(s)
            inv_shift_rows(s)
            s = [INV_SBOX[b] for b in s]
        add_round_key(s, self.rounds[0])
        return bytes(s)


def pad(data):
    n = 16 - len(data) % 16
    return data + bytes([n]) * n


def unpad(data):
    n = data[-1]
    if not 1 <= n <= 16 or data[-n:] != bytes([n]) * n:
        raise ValueError("bad padding")
    return data[:-n]


def xor_bytes(a, b):
    return bytes(x ^ y for x, y in zip(a, b))


def cbc_encrypt(aes, iv, data):
    out = bytearray()
    prev = iv
    data = pad(data)
    for i in range(0, len(data), 16):
        prev = aes.encrypt_block(xor_bytes(data[i:i + 16], prev))
        out += prev
    return bytes(out)


def cbc_decrypt(aes, iv, data):
    out = bytearray()
    prev = iv
    for i in range(0, len(data), 16):
        blk = data[i:i + 16]
        out += xor_bytes(aes.decrypt_block(blk), prev)
        prev = blk
    return unpad(bytes(out))


def ctr_crypt(aes, nonce, data):
    out = bytearray()
    for i in range(0, len(data), 16):
        counter = nonce + (i // 16).to_bytes(8, "big")
        ks = aes.encrypt_block(counter)
        out.extend(xor_bytes(data[i:i + 16], ks))
    return bytes(out)


def main():
    # FIPS-197 appendix C.1 vector
    key = bytes(range(16))
    pt = bytes.fromhex("00112233445566778899aabbccddeeff")
    aes = AES(key)
    ct = aes.encrypt_block(pt)
    print("fips197", ct.hex(), aes.decrypt_block(ct) == pt)
    print("sbox", SBOX[:8], INV_SBOX[:8], hex(sum(SBOX)))
    text = ("The quick brown fox jumps over the lazy dog. %d\n" * 40 % tuple(range(40))).encode()
    iv = bytes(range(100, 116))
    enc = cbc_encrypt(aes, iv, text)
    print("cbc", len(text), len(enc), enc[:16].hex(), enc[-16:].hex())
    dec = cbc_decrypt(aes, iv, enc)
    print("cbc roundtrip", dec == text)
    nonce = b"\x00\x01\x02\x03\x04\x05\x06\x07"
    c2 = ctr_crypt(aes, nonce, text)
    print("ctr", c2[:12].hex(), ctr_crypt(aes, nonce, c2) == text)
    try:
        cbc_decrypt(aes, iv, enc[:-16] + bytes(16))
    except ValueError as e:
        print("error:", e)
    checksum = 0
    for i, b in enumerate(enc):
        checksum = (checksum * 31 + b * (i + 1)) % 1000000007
    print("checksum", checksum)


main()
