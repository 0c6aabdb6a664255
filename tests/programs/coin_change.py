# Coin change: number of ways and the fewest coins, with bigints for many ways.
def ways(total, coins):
    t = [1] + [0] * total
    for c in coins:
        for v in range(c, total + 1):
            t[v] += t[v - c]
    return t[total]

def fewest(total, coins):
    inf = float("inf")
    t = [0] + [inf] * total
    pick = [0] * (total + 1)
    for v in range(1, total + 1):
        for c in coins:
            if c <= v and t[v - c] + 1 < t[v]:
                t[v] = t[v - c] + 1
                pick[v] = c
    if t[total] == inf:
        return None
    used = []
    while total:
        used.append(pick[total])
        total -= pick[total]
    return sorted(used, reverse=True)

print(ways(100, [1, 5, 10, 25, 50]), ways(200, [1, 2, 5, 10, 20, 50, 100, 200]), ways(1000, [1, 2, 3]))
print(ways(2000, list(range(1, 60))))
for t in (0, 1, 6, 11, 30, 63, 99):
    print(t, fewest(t, [1, 5, 10, 25]), fewest(t, [1, 3, 4]), fewest(t, [5, 7]))
