# RecursionError through two mutually recursive functions; the traceback alternates.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(501))
print(is_even(100000))
