# Textbook exercise: sieve of Eratosthenes over a bytearray, with slice assignment.
def primes_below(n):
    sieve = bytearray([1]) * n
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n, i)))
    return [i for i, flag in enumerate(sieve) if flag]
ps = primes_below(100)
print(ps, len(ps))
print(len(primes_below(10000)), primes_below(10000)[-3:], sum(primes_below(1000)))
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(twins)
