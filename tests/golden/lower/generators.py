def countdown(n):
    while n > 0:
        got = yield n
        if got is not None:
            n = got
        n -= 1
    return "done"

def guarded():
    try:
        yield
    finally:
        print("closed")

def delegating(xs):
    result = yield from xs
    return result
