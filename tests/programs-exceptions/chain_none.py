# raise ... from None hides the context in the traceback.
def check(n):
    try:
        return 10 / n
    except ZeroDivisionError:
        raise ValueError("n must not be zero") from None

print(check(5))
check(0)
