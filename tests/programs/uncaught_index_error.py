# IndexError: list index out of range, after some output.
data = [10, 20, 30]
i = 0
while True:
    print(i, data[i])
    i += 1
