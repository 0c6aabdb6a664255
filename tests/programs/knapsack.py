# 0/1 knapsack by dynamic programming, with the chosen items reconstructed.
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
cap = 400
n = len(items)
best = [[0] * (cap + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    name, w, v = items[i - 1]
    for c in range(cap + 1):
        best[i][c] = best[i - 1][c]
        if w <= c and best[i - 1][c - w] + v > best[i][c]:
            best[i][c] = best[i - 1][c - w] + v
c = cap
chosen = []
for i in range(n, 0, -1):
    if best[i][c] != best[i - 1][c]:
        chosen.append(items[i - 1][0])
        c -= items[i - 1][1]
print(best[n][cap], sorted(chosen), cap - c)
for limit in (0, 10, 50, 100, 200, 300):
    print(limit, best[n][limit])
