# Digits of e by summing 1/k! with bigint fixed point; continued fraction convergents of e.
def e_fixed(digits):
    unity = 10 ** (digits + 5)
    total = 0
    term = unity
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10**5

e = str(e_fixed(150))
print(e[0] + "." + e[1:])
cf = [2] + [x for k in range(1, 12) for x in (1, 2 * k, 1)]
print(cf[:15])
h0, h1, k0, k1 = 1, cf[0], 0, 1
for a in cf[1:20]:
    h0, h1 = h1, a * h1 + h0
    k0, k1 = k1, a * k1 + k0
    print(f"{h1}/{k1}", h1 / k1)
print(sum([int(c) for c in e]), e.count("0"), e.find("999"))
