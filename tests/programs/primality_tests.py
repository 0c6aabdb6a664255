# Fermat and deterministic Miller-Rabin primality tests on big numbers.
def miller_rabin(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def fermat(n):
    return n > 1 and all([pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7) if a < n])

for n in (1, 2, 97, 561, 1105, 7919, 2**31 - 1, 2**61 - 1, 2**89 - 1, 2**64 + 13, 10**18 + 9, 1000000007 * 998244353):
    print(n, miller_rabin(n), fermat(n))
print([p for p in range(100, 200) if miller_rabin(p)])
mersenne = [p for p in range(2, 130) if miller_rabin(p) and miller_rabin(2**p - 1)]
print(mersenne)
