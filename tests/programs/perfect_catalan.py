# Catalan numbers, integer partitions, derangements, Stirling and Bell numbers.
import math
catalan = [1]
for n in range(1, 30):
    catalan.append(catalan[-1] * 2 * (2 * n - 1) // (n + 1))
print(catalan)
print(all([catalan[n] == math.comb(2 * n, n) // (n + 1) for n in range(30)]))
p = [1] + [0] * 100
for k in range(1, 101):
    for n in range(k, 101):
        p[n] += p[n - k]
print(p[:20], p[100])
d = [1, 0]
for n in range(2, 25):
    d.append((n - 1) * (d[-1] + d[-2]))
print(d)
S = [[0] * 12 for _ in range(12)]
S[0][0] = 1
for n in range(1, 12):
    for k in range(1, n + 1):
        S[n][k] = k * S[n - 1][k] + S[n - 1][k - 1]
for row in S[:8]:
    print(row[:8])
print([sum(S[n]) for n in range(12)])
