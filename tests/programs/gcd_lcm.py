# gcd and lcm, Euclid and extended Euclid, compared with math's.
import math

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0

pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (-12, 18), (12, -18), (2**64, 2**40 * 3), (123456789012345678901234567890, 987654321098765432109876543210)]
for a, b in pairs:
    print(a, b, gcd(a, b), math.gcd(a, b), lcm(a, b), math.lcm(a, b), egcd(a, b))
print(math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.lcm(2, 3, 4, 5, 6, 7))
total = 1
for k in range(1, 31):
    total = lcm(total, k)
print(total, math.lcm(*range(1, 31)))
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
print(pow(3, -1, 11), pow(17, -1, 3120), (17 * pow(17, -1, 3120)) % 3120)
