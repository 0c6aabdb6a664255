# Hand-written sorts (bubble, insertion, selection, merge, quick) checked against sorted().
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a

def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: a[k])
        a[i], a[m] = a[m], a[i]
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick(a):
    if len(a) < 2:
        return a
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick([x for x in a if x > pivot])

seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2**31
    data.append(seed % 1000 - 500)
print(data[:20])
expected = sorted(data)
for f in (bubble, insertion, selection, merge_sort, quick):
    r = f(data)
    print(f.__name__, r == expected, r[:8], r[-8:])
print(sorted(data, reverse=True)[:10])
print(sorted([3.5, -1.25, 2, 0, -7, 1e10, -0.5]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
