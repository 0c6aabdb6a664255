# list methods and slice assignment.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); print(a)
a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100); print(a)
a.remove(1); print(a, a.index(5), a.index(5, 6), a.count(5), a.count(7))
print(a.pop(), a.pop(0), a.pop(2), a)
a.reverse(); print(a)
b = a.copy(); b.sort(); print(a, b, a is b, a == b)
a[2:4] = ["x", "y", "z"]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[1]; print(a)
del a[::3]; print(a)
a[1:1] = [7, 7]; print(a)
a[-2:] = []; print(a)
a += [1, 2]; print(a)
a *= 2; print(a, len(a))
a.clear(); print(a, len(a))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
n = [[0] * 3] * 3
n[1][1] = 5
print(m, n)
c = list(range(10))
print(c[2:8:2], c[::-3], c[-3:], c[:-7], 5 in c, c + [10], [c[0]] * 3, min(c), max(c), sum(c))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [[1]] == [[1]], list("abc"), list((1, 2)), list({3: 4}))
s = [5, 2, 8]
s.sort(reverse=True)
print(s, sorted(s), list(reversed(s)), s[::-1] == list(reversed(s)), s.index(2))
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
