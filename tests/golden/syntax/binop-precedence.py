a + b * c
(a + b) * c
a - b - c
a ** b ** c
-a ** b
(-a) ** b
a / b // c % d
a @ b
a << b >> c
a & b | c ^ d
~a + +b - -c
a if b else c + d
2 ** -1
not a == b
await_ = a * -b
