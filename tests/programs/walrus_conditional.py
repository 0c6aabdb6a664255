# The walrus operator and conditional expressions.
data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10], y)
i = 0
while (chunk := data[i:i + 3]):
    print(chunk, sum(chunk))
    i += 3
print([(x, "big" if x > 5 else "small") for x in data])
print(max(data) if data else None, "yes" if not [] else "no", 1 if 0 else 2 if 0 else 3)
vals = []
total = 0
for x in data:
    vals.append(total := total + x)
print(vals, total)
print((a := 10, b := a + 1), a, b)
def f(x):
    return (r := x * x) + r
print(f(3), [f(k) for k in range(4)])
