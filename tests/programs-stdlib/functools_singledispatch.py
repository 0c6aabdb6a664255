# functools.singledispatch: dispatch along the argument's MRO, register forms, dispatch(), registry, errors.
# (register(func) with an annotation needs function __annotations__, which pyx does not record yet.)
from functools import singledispatch
@singledispatch
def f(x):
    "generic"
    return 'base'
@f.register(int)
def _(x): return 'int'
@f.register(list)
def _(x: list): return 'list'
print(f(1), f(True), f([]), f('s'), f.dispatch(bool).__name__, f.__name__, f.__doc__, sorted(c.__name__ for c in f.registry))
try: f()
except TypeError as e: print(e)
class A: pass
class B(A): pass
f.register(A, lambda x: 'A')
print(f(B()), f(A()), f(2.5))
@singledispatch
def show(obj, prefix=""):
    return prefix + "obj"
@show.register(str)
def _(obj, prefix=""):
    return prefix + "str:" + obj
print(show("x", prefix=">"), show(3, prefix="<"))
