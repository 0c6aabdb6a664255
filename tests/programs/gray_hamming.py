# Gray codes, Hamming distance, popcount and bit reversal.
def gray(n):
    return n ^ (n >> 1)

def ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n

codes = [gray(i) for i in range(16)]
print([format(c, "04b") for c in codes])
print(all([bin(codes[i] ^ codes[i + 1]).count("1") == 1 for i in range(15)]), [ungray(c) for c in codes])
def hamming(a, b):
    return bin(a ^ b).count("1")
print([hamming(a, b) for a, b in [(1, 4), (0, 255), (2**64 - 1, 0), (12345, 54321)]])
print(sum([hamming(x, y) for x in range(16) for y in range(16)]))
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(n, 8) for n in (1, 2, 3, 128, 255, 0b10110000)], reverse_bits(1, 64), hex(reverse_bits(0x12345678, 32)))
print([(n).bit_count() for n in range(20)], (2**100 - 1).bit_count(), (-7).bit_count())
