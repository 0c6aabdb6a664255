# Pascal's triangle, centred, and binomial checks against math.comb.
import math
rows = [[1]]
for i in range(1, 20):
    prev = rows[-1]
    rows.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for r in rows[:12]:
    print(" ".join([str(x) for x in r]).center(60))
print(rows[19])
print(all([rows[n][k] == math.comb(n, k) for n in range(20) for k in range(n + 1)]))
print([sum(r) for r in rows])
print([r[len(r) // 2] for r in rows])
row = [1]
for k in range(100):
    row = [a + b for a, b in zip([0] + row, row + [0])]
print(max(row), len(str(max(row))))
