# ZeroDivisionError for integer modulo: 'integer modulo by zero'.
for d in (3, 2, 1, 0):
    print(d, 10 % d, 10 // d)
