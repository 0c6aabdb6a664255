# with statements: __enter__/__exit__ order, exception suppression, nested and multiple managers, contextlib helpers
import contextlib
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("x") as x, CM("y") as y:
    print("both", x, y)
with (CM("p") as p,
      CM("q", suppress=True) as q):
    1 / 0
print("after pq")
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name * 2
    except ZeroDivisionError as e:
        print("handled inside", e)
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with tag("i"):
    1 / 0
print("after tag")
with contextlib.suppress(KeyError, IndexError):
    [][0]
print("suppressed")
with contextlib.nullcontext(5) as n:
    print("nullcontext", n)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
stack = contextlib.ExitStack()
with stack:
    for name in "uvw":
        stack.enter_context(CM(name))
    stack.callback(print, "callback ran")
    print("in stack")
class Counted:
    entered = 0
    def __enter__(self):
        Counted.entered += 1; return self
    def __exit__(self, *exc): return None
c = Counted()
with c, c:
    pass
print(Counted.entered)
