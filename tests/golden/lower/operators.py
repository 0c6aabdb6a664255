# Every binary, unary and comparison operator, chained comparisons, and/or, conditional
# expressions and the walrus.
a = 7
b = 2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a | b, a ^ b)
print(-a, +a, ~a, not a)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in [b], a not in [b])
print(1 < a < 10 <= b, a and b, a or b or 0, a if b else 0)
if (n := a * 2) > 10:
    print(n)
