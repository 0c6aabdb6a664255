# Compile-time error, worded as CPython 3.13.
print('not printed')
async with lock:
    pass
