# Sieve of Eratosthenes and a few prime statistics.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k, p in enumerate(is_prime) if p]

primes = sieve(2000)
print(len(primes))
print(primes[:50])
print(primes[-10:])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)), primes[gaps.index(max(gaps))])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(len(twins), twins[:10])
print(sum(primes), sum(primes) % 1000)
for n in (1, 2, 97, 100, 1999):
    print(n, n in primes)
