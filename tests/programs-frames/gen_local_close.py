# A local that is a generator's only reference (assigned once from a call, then only read by
# next(), for, send/throw/close or a list comprehension) is closed when its function returns,
# as CPython's reference counting frees it there; one that escapes (returned, stored) is not.
# (A generator stored in a list and freed by clear(), or kept alive by a traceback, is left
# out: pyx closes only where the lowering knows the reference is the last one.)
def gen(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(name, "finally")

def f():
    g = gen("f")
    print(next(g))
    print("returning from f")
    return "f-result"
print(f())

def f2(flag):
    g = gen("f2")
    for x in g:
        if x == 2:
            break
    if flag:
        return "early"
    print(g.send(None))
print(f2(True))
print(f2(False))

def escapes():
    g = gen("esc")
    next(g)
    return g
e = escapes()
print("escaped, not closed yet")
e.close()

def stored(box):
    g = gen("stored")
    next(g)
    box.append(g)
box = []
stored(box)
print("stored, not closed")
box[0].close()

def listcomp():
    g = gen("lc")
    next(g)
    return [x for x in g]
print(listcomp())

def gen_user():
    g = gen("inner-of-gen")
    yield next(g)
    yield "second"
print(list(gen_user()))

print("end")
