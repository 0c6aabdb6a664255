# Polynomials as coefficient lists: add, multiply, evaluate (Horner), derivative, printing.
def padd(a, b):
    n = max(len(a), len(b))
    a, b = a + [0] * (n - len(a)), b + [0] * (n - len(b))
    return trim([x + y for x, y in zip(a, b)])

def pmul(a, b):
    out = [0] * (len(a) + len(b) - 1)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            out[i + j] += x * y
    return trim(out)

def trim(p):
    while len(p) > 1 and p[-1] == 0:
        p = p[:-1]
    return p

def horner(p, x):
    acc = 0
    for c in reversed(p):
        acc = acc * x + c
    return acc

def deriv(p):
    return trim([i * c for i, c in enumerate(p)][1:] or [0])

def show(p):
    terms = []
    for i in range(len(p) - 1, -1, -1):
        c = p[i]
        if c == 0:
            continue
        coef = "" if abs(c) == 1 and i else str(abs(c))
        var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
        terms.append(("-" if c < 0 else "+") + " " + coef + var)
    s = " ".join(terms) or "0"
    return s[2:] if s.startswith("+ ") else "-" + s[2:]

p = [1, -3, 0, 2]
q = [-1, 1]
print(show(p), "|", show(q), "|", show(padd(p, q)), "|", show(pmul(p, q)), "|", show(deriv(p)))
print([horner(p, x) for x in range(-3, 4)], horner(p, 0.5), horner(p, 10**10))
r = [1]
for k in range(1, 9):
    r = pmul(r, [-k, 1])
print(show(r))
print([horner(r, x) for x in range(10)])
print(show(pmul([1, 1], [1, 1])), show(padd([1, 2], [-1, -2])), show(deriv([5])))
