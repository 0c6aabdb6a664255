# throw() and close() are forwarded through `yield from` to the sub-generator.
def inner():
    try:
        while True:
            try:
                yield "inner"
            except ValueError as e:
                print("inner caught", e)
                yield "recovered"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("not reached", r)
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
g.close()
print("closed")

g2 = outer()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError out", e)
