# Permutations, combinations and the power set by recursion.
def perms(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out

def combos(xs, k):
    if k == 0:
        return [[]]
    if len(xs) < k:
        return []
    return [[xs[0]] + c for c in combos(xs[1:], k - 1)] + combos(xs[1:], k)

def powerset(xs):
    out = [[]]
    for x in xs:
        out += [s + [x] for s in out]
    return out

print(perms([1, 2, 3]), len(perms(list(range(6)))))
print(["".join(p) for p in perms(list("abcd"))][:10])
print(combos([1, 2, 3, 4, 5], 3), len(combos(list(range(10)), 4)))
print(powerset([1, 2, 3]), len(powerset(list(range(10)))))
print(sorted(["".join(p) for p in perms(list("aab"))]), len(set([tuple(p) for p in perms([1, 1, 2, 2])])))
def next_perm(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
p = [1, 2, 3, 4]
count = 1
while next_perm(p):
    count += 1
    if count % 6 == 0:
        print(count, p)
