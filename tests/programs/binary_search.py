# Binary search: iterative, recursive, and bisect-left / bisect-right by hand.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def bsearch_rec(a, x, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return bsearch_rec(a, x, mid + 1, hi)
    return bsearch_rec(a, x, lo, mid - 1)

def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

data = [i * 3 for i in range(100)]
for x in (0, 3, 4, 150, 297, 298, -1, 299):
    print(x, bsearch(data, x), bsearch_rec(data, x, 0, len(data) - 1), bisect_left(data, x), bisect_right(data, x))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for x in range(10):
    print(x, bisect_left(dups, x), bisect_right(dups, x))
words = sorted(["pear", "apple", "fig", "kiwi", "banana", "cherry"])
print(words, [bsearch(words, w) for w in ["fig", "grape", "apple", "pear"]])
