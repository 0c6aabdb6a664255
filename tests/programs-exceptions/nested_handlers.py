# Handlers inside handlers: each sees its own exception, the outer one comes back after.
def show(tag, e):
    print(tag, type(e).__name__, e, "context:", repr(e.__context__))

try:
    raise ValueError("outer")
except ValueError as a:
    try:
        raise KeyError("inner")
    except KeyError as b:
        show("inner", b)
    show("outer", a)
    try:
        raise
    except ValueError as c:
        print("bare raise gives back", c is a)

def deep(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        deep(n - 1)
    except IndexError as e:
        if n < 3:
            raise
        print("caught at", n, e)

deep(5)

count = 0
while count < 3:
    try:
        count += 1
        raise StopIteration(count)
    except StopIteration as s:
        print("stop", s.args)
    finally:
        print("done", count)
