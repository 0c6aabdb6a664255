# Collatz sequences: lengths, the longest start below a bound, cached lengths.
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print(collatz(27)[:30], len(collatz(27)), max(collatz(27)))
cache = {1: 1}

def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    k = cache[n]
    for m in reversed(path):
        k += 1
        cache[m] = k
    return k

best = max(range(1, 10000), key=length)
print(best, length(best))
for n in (1, 2, 3, 6, 7, 9, 97, 871, 6171, 2**70 + 1):
    print(n, length(n))
hist = {}
for n in range(1, 1000):
    b = length(n) // 20
    hist[b] = hist.get(b, 0) + 1
for k in sorted(hist):
    print(f"{k * 20:3}-{k * 20 + 19:3}: {hist[k]}")
