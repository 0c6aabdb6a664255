# Maximum subarray (Kadane) and longest increasing subsequence (patience with bisect by hand).
def kadane(a):
    best = cur = a[0]
    start = bs = be = 0
    for i in range(1, len(a)):
        if cur + a[i] < a[i]:
            cur = a[i]
            start = i
        else:
            cur += a[i]
        if cur > best:
            best, bs, be = cur, start, i
    return best, a[bs:be + 1]

for a in ([-2, 1, -3, 4, -1, 2, 1, -5, 4], [1], [-3, -1, -2], [5, -9, 6, -2, 3], list(range(-5, 6))):
    print(a, kadane(a))

def lis(a):
    tails = []
    idx = []
    prev = [-1] * len(a)
    for i, x in enumerate(a):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[lo] = x; idx[lo] = i
        prev[i] = idx[lo - 1] if lo else -1
    out = []
    k = idx[-1] if idx else -1
    while k != -1:
        out.append(a[k])
        k = prev[k]
    return out[::-1]

seq = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]
print(lis(seq), len(lis(seq)), lis([3, 2, 1]), lis([]), lis([1, 2, 3, 2, 5]))
