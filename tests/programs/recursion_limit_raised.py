# Raising the recursion limit lets a deep but finite recursion finish.
import sys
sys.setrecursionlimit(6000)

def count_down(n):
    if n == 0:
        return []
    r = count_down(n - 1)
    r.append(n)
    return r

r = count_down(5000)
print(len(r), r[:3], r[-3:], sum(r))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

for m in range(3):
    print([ackermann(m, n) for n in range(6)])
print(ackermann(2, 100), ackermann(3, 4))
print(sys.getrecursionlimit())
