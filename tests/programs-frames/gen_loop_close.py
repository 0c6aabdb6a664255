# Generator finalization that CPython's reference counting makes deterministic: a generator
# only a `for` loop holds (the iterable is a call or a generator expression) is closed where
# the loop is left by break, return or an exception: its GeneratorExit handler, finally and
# with-exit run right there. A generator held by a name is not closed by leaving the loop.
def gen(name, n=5):
    try:
        for i in range(n):
            yield i
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)

def gen_with():
    with CM(1):
        yield 1
        yield 2

print("break:")
for x in gen("a"):
    if x == 2:
        break
    print(x)
print("after break")

def f():
    for x in gen("b"):
        if x == 1:
            return x * 10
    return -1
print("return", f())

def g():
    try:
        for x in gen("c"):
            if x == 1:
                raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
g()

for x in gen_with():
    print("got", x)
    break
print("with done")

for x in (y * 2 for y in gen("d")):
    print("genexp", x)
    if x >= 2:
        break
print("genexp done")

for x in gen("e", 2):
    print("exhaust", x)
print("exhaust done")

it = gen("f")
for x in it:
    if x == 1:
        break
print("named: not closed yet")
it.close()

for a in gen("outer", 3):
    for b in gen("inner", 3):
        if b == 1:
            break
    if a == 1:
        break
print("nested done")

def outer_gen():
    for x in gen("deep"):
        yield x
og = outer_gen()
next(og)
og.close()
print("outer closed")

def cont():
    for x in gen("k", 4):
        if x < 2:
            continue
        print("cont", x)
        if x == 2:
            break
cont()
print([x for x in gen("lc", 3)])
try:
    [1 / (x - 1) for x in gen("lc2", 3)]
except ZeroDivisionError:
    print("zde")
