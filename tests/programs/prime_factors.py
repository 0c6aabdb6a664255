# Trial-division factorization, divisor lists, perfect and amicable numbers.
def factors(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out

for n in (1, 2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2**31 - 1, 10**9 + 7):
    print(n, factors(n))

def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))

print(divisors(360), len(divisors(360)))
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print(perfect)
amicable = []
for a in range(2, 3000):
    b = sum(divisors(a)) - a
    if b > a and sum(divisors(b)) - b == a:
        amicable.append((a, b))
print(amicable)
