# Generator expressions: their own scope, the first iterable evaluated where the expression is.
xs = [1, 2, 3, 4]
g = (x * x for x in xs if x % 2 == 0)
xs = [10]
print(list(g))
print(list(g))
print(sum(i for i in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((a, b) for a in range(3) for b in range(a)))
x = "outer"
print(list(x for x in "ab"), x)
def f():
    n = 5
    return list(i + n for i in range(3))
print(f())
try:
    (1 / 0 for _ in range(0)) if False else (y for y in 5)
except TypeError as e:
    print("TypeError:", e)
print(tuple(str(c) for c in (1, 2)), ",".join(s.upper() for s in ["p", "q"]))
print(any(v > 2 for v in [1, 2, 3]), all(v > 0 for v in []))
