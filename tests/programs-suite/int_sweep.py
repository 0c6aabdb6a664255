# big-int arithmetic sweep: + - * // % divmod pow-mod shifts and bitwise ops on signed values of many sizes (a fixed LCG)
state = 987654321
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rnd():
    bits = [1, 7, 31, 32, 33, 53, 63, 64, 65, 100, 200][nxt() % 11]
    v = 0
    for _ in range(bits // 32 + 1):
        v = (v << 32) | (nxt() >> 32)
    v &= (1 << bits) - 1
    return -v if nxt() % 2 else v
for i in range(60):
    a, b = rnd(), rnd()
    line = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, a >> (abs(b) % 70), a << (abs(b) % 40), abs(a), -b]
    if b:
        line += [a // b, a % b, divmod(a, b), a / b if abs(a) < 2**1000 else 0]
    m = abs(b) + 2
    line += [pow(a, 3, m), pow(abs(a) % 1000, abs(b) % 50), a.bit_length(), a.bit_count(), a == b, a < b, hash(a) == hash(a)]
    print(*line)
    print(hex(a), oct(b), bin(a)[:40], format(a, "_x")[:30], str(a * b * a)[:50], int(str(a)) == a, int(hex(b), 16) == b, a.to_bytes((a.bit_length() + 8) // 8, "little", signed=True).hex())
