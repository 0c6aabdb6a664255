# f_lineno and f_code of sys._getframe's and inspect's frames: each frame of the chain says
# the line it is executing (the call it is in), the running frame's line is live, and a list
# comprehension is no frame of its own (CPython 3.12+ inlines it).
import inspect
import os
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno


def g():
    x = 1
    return where()


print(g())
print(where())


def chain():
    f = sys._getframe()
    out = []
    while f is not None:
        code = f.f_code
        out.append((code.co_name, code.co_qualname, f.f_lineno, code.co_firstlineno,
                    os.path.basename(code.co_filename)))
        f = f.f_back
    return out


class Box:
    def method(self):
        return chain()

    @staticmethod
    def nested():
        def inner():
            return chain()
        return inner()


for row in Box().method():
    print(row)
for row in Box.nested():
    print(row)


def live():
    f = sys._getframe()
    a = f.f_lineno
    b = (
        f.f_lineno
    )
    return a, b


print(live())


def caller_line():
    return inspect.currentframe().f_back.f_lineno


print("caller at", caller_line())
print([sys._getframe().f_lineno for _ in range(2)])
print([where() for _ in range(1)])
print({k: where(1)[1] for k in "a"})
print(list(where(2)[1] for _ in range(1)))


def gen():
    yield sys._getframe().f_lineno
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe().f_back.f_lineno


it = gen()
print(next(it))
print(next(it))
print(next(it))


def deep(n):
    if n == 0:
        return [sys._getframe(k).f_lineno for k in range(4)]
    return deep(n - 1)


print(deep(3))
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
f = sys._getframe()
print(f.f_back is None, f.f_code.co_name, f.f_globals is globals())
print(type(f).__name__, type(f.f_code).__name__)
print(repr(f).startswith("<frame at 0x"), repr(f).endswith(", code <module>>"))
