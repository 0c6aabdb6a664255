# PEP 479: a StopIteration escaping a generator's body becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("inner")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def via_next():
    it = iter([])
    yield next(it)
try:
    list(via_next())
except RuntimeError as e:
    print("RuntimeError:", e)

def gen_raise():
    yield 1
    raise KeyError("missing")
try:
    for _ in gen_raise():
        pass
except KeyError as e:
    print("KeyError:", e)

def uncaught():
    yield 1
    raise StopIteration
list(uncaught())
