# Ulam-style number spiral diagonals and prime ratios along them.
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

side = 1
n = 1
primes = 0
total = 1
history = []
while side < 201:
    side += 2
    for _ in range(4):
        n += side - 1
        total += 1
        if is_prime(n):
            primes += 1
    history.append((side, primes, total, primes / total))
for h in history[::10]:
    print(h)
print(history[-1])
