# generator objects: send/throw/close, return values, yield from delegation of send/throw, gi_ attributes, errors
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("gen caught", e)
                yield "recovered"
    finally:
        print("echo closing with", received)
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("bad")), next(g), g.send(None))
g.close(); g.close()
show(lambda: next(g))
show(lambda: g.send(1))
g2 = echo()
show(lambda: g2.send("x"))
print(g2.send(None))
show(lambda: g2.throw(KeyError("k")))
show(lambda: next(g2))
def ret():
    yield 1
    return 99
def deleg():
    r = yield from ret()
    print("delegated result", r)
    r2 = yield from [10, 20]
    print("list result", r2)
    return "outer done"
print(list(deleg()))
d = deleg(); print(next(d), next(d), next(d))
show(lambda: next(d))
def sub():
    try:
        yield "s1"
    except TypeError as e:
        yield f"sub handled {e}"
def top():
    yield from sub()
    yield "t-end"
t = top(); print(next(t), t.throw(TypeError("x")), next(t))
def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"
ic = ignores_close(); next(ic)
show(lambda: ic.close())
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer(); next(c); c.close(); print("closed ok")
def unstarted(): yield 1
u = unstarted(); u.close(); show(lambda: next(u))
def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None, gs.__name__, gs.__qualname__, type(gs).__name__)
next(gs); show(lambda: next(gs)); print(gs.gi_frame)
def running():
    yield rg.gi_running
rg = running(); print(next(rg))
def self_ref():
    yield next(sr)
sr = self_ref()
show(lambda: next(sr))
def throw_type():
    yield 1
tt = throw_type(); next(tt)
show(lambda: tt.throw(ValueError))
show(lambda: throw_type().throw(RuntimeError("before start")))
gen_exp = (x * 2 for x in range(3))
print(next(gen_exp), list(gen_exp), list(gen_exp), type(gen_exp).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), next(x for x in fib() if x > 50), sum(itertools.takewhile(lambda v: v < 100, fib())))
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulate(); next(acc)
for v in (5, 10, 20):
    acc.send(v)
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
