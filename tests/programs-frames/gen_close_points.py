# More points where CPython's reference counting closes a generator: a temporary generator
# passed to any()/all()/next() is closed when the call returns (they may stop early), and a
# generator that a module global holds is closed at interpreter shutdown. sum() exhausts its
# argument; a generator held by a name is not closed when next() returns.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")
print(any(x > 0 for x in gen("a")))
print("after any")
print(next(gen("b")))
print("after next")
print(all(x < 0 for x in gen("c")))
print("after all")
print(next(x for x in gen("d") if x == 1))
print("after next genexp")
print(sum(x for x in gen("e")))
g = gen("f")
print(next(g))
print("named not closed")
def first():
    return next(gen("g"))
print(first())
h = gen("h")
next(h)
print("end of module")
