# An algorithms course's sorting lab: every algorithm prints its passes, then they are compared
import random


def bubble_sort(items):
    a = items[:]
    n = len(a)
    for i in range(n - 1):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        print(f"  pass {i + 1}: {a}")
        if not swapped:
            break
    return a


def selection_sort(items):
    a = items[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
        print(f"  step {i}: min at {m:>2} -> {' '.join(f'{x:3}' for x in a)}")
    return a


def insertion_sort(items):
    a = items[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
        print(f"  insert {key!r:>4}: {a[:i + 1]} | {a[i + 1:]}")
    return a


def merge_sort(a, depth=0):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid], depth + 1)
    right = merge_sort(a[mid:], depth + 1)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i]); i += 1
        else:
            merged.append(right[j]); j += 1
    merged += left[i:] + right[j:]
    print("  " + "  " * depth + f"merge {left} + {right} -> {merged}")
    return merged


def quick_sort(a, lo=0, hi=None, trace=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        pivot = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] < pivot:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        print(f"  pivot {pivot:>3} at {i}: {a[lo:hi + 1]}")
        quick_sort(a, lo, i - 1)
        quick_sort(a, i + 1, hi)
    return a


def heap_sort(items):
    a = items[:]

    def sift_down(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(len(a) // 2 - 1, -1, -1):
        sift_down(start, len(a) - 1)
    print(f"  heapified: {a}")
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(0, end - 1)
    return a


def shell_sort(items):
    a = items[:]
    gap = len(a) // 2
    while gap > 0:
        for i in range(gap, len(a)):
            temp = a[i]
            j = i
            while j >= gap and a[j - gap] > temp:
                a[j] = a[j - gap]
                j -= gap
            a[j] = temp
        print(f"  gap {gap}: {a}")
        gap //= 2
    return a


def counting_sort(items, max_value):
    counts = [0] * (max_value + 1)
    for x in items:
        counts[x] += 1
    print("  counts:", "".join(f"{c:2d}" for c in counts))
    return [v for v, c in enumerate(counts) for _ in range(c)]


def radix_sort(items):
    a = items[:]
    exp = 1
    while max(a) // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]
        print(f"  digit {exp:>4}: {a}")
        exp *= 10
    return a


random.seed(7)
data = [random.randint(1, 99) for _ in range(10)]
print("data:", data)
results = {}
for name, fn in [("bubble", bubble_sort), ("selection", selection_sort), ("insertion", insertion_sort),
                 ("merge", lambda d: merge_sort(d[:])), ("quick", lambda d: quick_sort(d[:])),
                 ("heap", heap_sort), ("shell", shell_sort), ("counting", lambda d: counting_sort(d, 99)),
                 ("radix", radix_sort)]:
    print(f"{name} sort:")
    results[name] = fn(data)
expected = sorted(data)
for name, out in results.items():
    print(f"{name:>10}: {'ok' if out == expected else 'WRONG'} {out}")
words = ["pear", "Apple", "fig", "banana", "apple", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)), sorted(words, reverse=True))
print(insertion_sort(["delta", "alpha", "charlie", "bravo"]))
people = [("Ann", 31), ("bob", 25), ("Cy", 31), ("dee", 19)]
from operator import itemgetter
print(sorted(people, key=itemgetter(1)), sorted(people, key=itemgetter(1, 0), reverse=True))
print(sorted([3.5, -1, 2, 0.25, -7.75]), sorted("hello world"), sorted({3: "c", 1: "a"}.items()))
print(max(people, key=itemgetter(1)), min(words), sorted([[2, 1], [1, 9], [2, 0]]))
