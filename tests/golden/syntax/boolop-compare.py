a and b
a or b
a and b and c
a or b and c or d
not a
not a and not b
a < b
a <= b < c > d >= e == f != g
a in b
a not in b
a is b
a is not b
a is (not b)
x == y == z
