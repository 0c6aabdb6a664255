# OverflowError converting a huge int to float: 'int too large to convert to float'.
x = 10
for _ in range(5):
    x = x ** 4
    print(len(str(x)), float(x) if x < 10**300 else "too big for a float")
print(float(x))
