# Compile-time error, worded as CPython 3.13.
print('not printed')
def f(xs):
    return [x async for x in xs]
