# Slicing as a subscript and as an assignment target: lists (the interpreter's fused path for
# small-int and None bounds), other bounds, other containers, a user __getitem__/__setitem__.
a = list(range(10))
print(a[2:5], a[::-1], a[-3:], a[:-3], a[5:2], a[5:2:-1], a[::3], a[100:], a[-100:2], a[True:3])
b = a[:]
b[2:5] = [9, 9]
print(b)
b[:0] = [1]
print(b)
b[8:3] = [7, 7]
print(b)
b[::2] = b[1::2][:len(b[::2])] if len(b[1::2]) >= len(b[::2]) else b[::2]
print(b)
c = [1, 2, 3]
c[1:] = c
print(c)
c[0:1] = (5, 6)
print(c)
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError", e)
class S:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
s = S()
print(s[1:2], s[::], s[1:2:3], s["a":])
s[1:2] = 5
print("abc"[1:], (1, 2, 3)[::-1], b"xyz"[:2])
x = None
print(a[x:x], a[2:x:2])
big = 10**20
print(a[-big:big], a[big:])
perm = [3, 1, 2, 0]
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    k = perm[0]
print(perm)
s = "héllo wörld 🐍!"
print(s[::-1], s[2:9], s[-3:], s[::2], s[100:], repr(s[5:5]))
t = tuple(range(8))
empty = tuple()
print(t[1:6:2], t[::-1], t[-2:], t[5:1] == empty, t[5:1] is empty)
w = "abcdefghij"
i = 3
print([w[i:i + 3] for i in range(0, 10, 3)], w[i:], w[:-i or None])
