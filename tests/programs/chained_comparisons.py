# Chained comparisons, identity, membership, and evaluation order.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 == 2 < 3, 1 != 2 != 1)
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(0), calls)
x = 5
print(0 < x <= 5, 0 < x < 5, -10 < -x < 0, x in [1, 5], x not in (1, 2), "a" < "b" < "c", [1] < [2] < [3])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, () == (), 1 in {1: 2}, 2 in {1: 2})
print("ab" in "cabd", "" in "x", [] in [[]], (1, 2) in [(1, 2)], 3 in range(0, 10, 3), 4 in range(0, 10, 3))
for i in range(-2, 8):
    print(i, 0 <= i < 5, i < 0 or i >= 5, not 0 < i < 5, 1 <= i <= 3 <= 3)
