# Generator repr, identity of iter(), and "generator already executing".
def shape(r):
    # The address differs from run to run: keep only its form.
    head, sep, tail = r.rpartition(" at 0x")
    return head + " at 0x..." + (">" if tail.endswith(">") and len(tail) > 1 else "?")

def f():
    yield 1
g = f()
print(shape(repr(g)))
print(iter(g) is g)
print(shape(repr(x for x in [])))

def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

class C:
    def items(self):
        yield from [1, 2]
print(shape(repr(C().items())))
print(list(C().items()))
