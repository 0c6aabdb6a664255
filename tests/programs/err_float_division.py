# ZeroDivisionError for float division: 'float division by zero'.
vals = [4.0, 2.0, 1.0, 0.5, 0.0]
for v in vals:
    print(v, 1.0 / v)
