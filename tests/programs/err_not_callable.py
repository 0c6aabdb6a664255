# TypeError: 'int' object is not callable.
value = 5
print(value * 2)
print(value(2))
