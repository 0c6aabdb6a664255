# Converting integers between bases by hand, and checking with int()/format().
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n in (0, 1, 7, 255, -255, 1000, 2**64, -(3**40), 123456789):
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, row, all([int(s, b) == n for s, b in zip(row, (2, 3, 8, 16, 36))]))
print(format(2**64, "b") == to_base(2**64, 2), format(-255, "x"), to_base(-255, 16))

def balanced_ternary(n):
    out = ""
    while n:
        r = n % 3
        n //= 3
        if r == 2:
            r = -1
            n += 1
        out = "0+-"[r] + out
    return out or "0"

print([balanced_ternary(n) for n in range(-5, 11)])
print([int(str(n), 8) for n in range(10, 18)], [int(bin(n)[2:][::-1], 2) for n in range(1, 17)])
