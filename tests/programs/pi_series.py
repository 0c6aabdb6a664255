# Approximating pi: Leibniz, Wallis, Nilakantha, and Machin with bigint fixed point.
s = 0.0
for k in range(20000):
    s += (-1) ** k / (2 * k + 1)
print(4 * s)
w = 1.0
for k in range(1, 5001):
    w *= (4 * k * k) / (4 * k * k - 1)
print(2 * w)
n = 3.0
sign = 1
for k in range(2, 400, 2):
    n += sign * 4 / (k * (k + 1) * (k + 2))
    sign = -sign
print(n)

def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    k = 1
    while term:
        term //= x2
        k += 2
        total += -term // k if (k // 2) % 2 else term // k
    return total

digits = 120
unity = 10 ** (digits + 10)
pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
text = str(pi // 10**10)
print(text[0] + "." + text[1:])
