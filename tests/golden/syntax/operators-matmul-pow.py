a @ b @ c
a ** -b
a ** b * c
-a * b
a @= b
x = 2 ** 3 ** 2
