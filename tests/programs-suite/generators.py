# generator protocol: send/throw/close, yield from, return values
def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    finally:
        print("finally")
    return "done"

g = gen()
print(next(g), g.send(10))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)

g = gen(); next(g); g.close(); print("closed", g.gi_running)
try:
    gen().send(5)
except TypeError as e:
    print(e)

def sub():
    r = yield "a"
    print("sub got", r)
    return "sub-ret"
def outer():
    v = yield from sub()
    print("outer got", v)
    yield from [1, 2]
    return v
o = outer()
print(next(o), o.send("S"), next(o), list(o))

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "stop":
            return n
        n += 1
c = counter(); next(c); c.send(None); c.send(None)
try:
    c.send("stop")
except StopIteration as e:
    print("final", e.value)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
cl = closer(); next(cl); cl.close(); cl.close()

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)

def raise_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raise_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)

ge = (i * i for i in range(4))
print(type(ge).__name__, ge.__name__, next(ge), list(ge), list(ge))
print(sum(x for x in range(10) if x % 2))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def g3(): yield
print(list(g3()), g3().__qualname__)
gg = gen()
print(gg.gi_running, gg.gi_suspended)
next(gg)
try:
    gg.throw(KeyError)
except KeyError as e:
    print("KeyError", repr(e))
print(gg.gi_suspended)
try:
    next(gg)
except StopIteration:
    print("exhausted")

def deleg():
    try:
        yield from gen()
    except KeyError:
        print("deleg caught")
d = deleg(); next(d)
print(d.throw(ValueError))
d.close()
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "dflt"))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), [x for x in It()], 2 in It(), 7 in It())
class GetItem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(GetItem()), 20 in GetItem(), list(reversed([1, 2])))
