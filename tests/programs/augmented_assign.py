# Every augmented assignment operator on ints, floats, strs, lists, and subscripts.
x = 100
x += 5; print(x)
x -= 10; print(x)
x *= 3; print(x)
x //= 4; print(x)
x %= 17; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0b1010; print(x)
x /= 8; print(x)
f = 1.5
f *= 2; f -= 0.25; f /= 3; f **= 2; f //= 0.1; f %= 0.7
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 2
print(m)
cnt = {}
for c in "abracadabra":
    cnt[c] = cnt.get(c, 0)
    cnt[c] += 1
print(cnt)
big = 1
for _ in range(10):
    big *= 2**10
big -= 1
print(big)
