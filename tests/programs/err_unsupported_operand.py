# TypeError: unsupported operand type(s) for -: 'str' and 'int'.
print("ab" * 3, [0] * 2, (1,) * 2)
print(3 + 4.5, True + 1)
print("abc" - 1)
