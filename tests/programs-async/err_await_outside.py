# Compile-time error, worded as CPython 3.13.
print('not printed')
x = 1
await x
