# sqrt(2) and the golden ratio to many digits with integer square roots.
import math
d = 200
r = math.isqrt(2 * 10 ** (2 * d))
s = str(r)
print(s[0] + "." + s[1:])
phi = (10**d + math.isqrt(5 * 10 ** (2 * d))) // 2
t = str(phi)
print(t[0] + "." + t[1:101])
print(sum([int(c) for c in s[:100]]), s.count("7"), max(set(s), key=s.count))
a, b = 1, 1
for _ in range(300):
    a, b = b, a + b
print(str(b * 10**50 // a)[:51])
