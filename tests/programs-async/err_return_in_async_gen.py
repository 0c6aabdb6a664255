# Compile-time error, worded as CPython 3.13.
print('not printed')
async def f():
    yield 1
    return 2
