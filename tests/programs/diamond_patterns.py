# Printing text patterns: triangles, diamonds, a multiplication table, Sierpinski.
n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n - 1, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(1, 6):
    print(" ".join([str(j) for j in range(1, i + 1)]).rjust(10))
print("    " + "".join([f"{j:4d}" for j in range(1, 11)]))
for i in range(1, 11):
    print(f"{i:4d}" + "".join([f"{i * j:4d}" for j in range(1, 11)]))
rows = ["*"]
for k in range(4):
    pad = " " * (2 ** k)
    rows = [pad + r + pad for r in rows] + [r + " " + r for r in rows]
for r in rows:
    print(r.rstrip())
for i in range(6):
    print("".join(["\\" if j == i else "/" if j == 5 - i else "." for j in range(6)]))
