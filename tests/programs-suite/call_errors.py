# calling conventions and their errors: positional-only, keyword-only, defaults, *args/**kwargs, unpacking errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
def po(x, y, /, z): return (x, y, z)
def ko(*, k): return k
def none(): return "none"
class M:
    def meth(self, a): return a
    @classmethod
    def cm(cls, a): return a
    @staticmethod
    def sm(a): return a
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 3}), f(1, *(), c=3, **{}), po(1, 2, 3), po(1, 2, z=3), ko(k=1))
show(lambda: f())
show(lambda: f(1))
show(lambda: f(1, 2, c=3, a=1))
show(lambda: f(1, c=3, c2=4, **{"c2": 5}))
show(lambda: po(x=1, y=2, z=3))
show(lambda: po(1, 2))
show(lambda: ko(1))
show(lambda: ko())
show(lambda: ko(k=1, j=2))
show(lambda: none(1))
show(lambda: none(x=1))
show(lambda: M().meth())
show(lambda: M().meth(1, 2))
show(lambda: M.meth(1))
show(lambda: M.cm())
show(lambda: M.sm(1, 2))
show(lambda: f(*1))
show(lambda: f(**1))
show(lambda: f(1, **{1: 2}))
show(lambda: f(1, c=1, **{"c": 2}))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda x, /: x)(x=1))
show(lambda: len())
show(lambda: len([], []))
show(lambda: int(x=1))
show(lambda: "a".split(sep=",", x=1))
show(lambda: dict.get())
show(lambda: [].append())
show(lambda: {}.pop())
show(lambda: abs(a=1))
show(lambda: divmod(1))
show(lambda: isinstance(1))
show(lambda: getattr())
show(lambda: sorted([1], key=len, reverse=True, extra=1))
def defaults(a, b=[], *, c={}): return id(b) == id(defaults.__defaults__[0]), c is defaults.__kwdefaults__["c"]
print(defaults(1), defaults.__defaults__, defaults.__kwdefaults__, f.__code__.co_argcount if hasattr(f, "__code__") else "", f.__name__, f.__qualname__, M.meth.__qualname__)
def annotated(a: int, b: "str" = "x") -> list: pass
print(annotated.__annotations__, annotated.__defaults__, annotated.__module__, annotated.__doc__)
def varargs(*args, **kwargs): return args, kwargs
print(varargs(), varargs(1, *[2, 3], x=1, **{"y": 2}), varargs(*"ab", *(1,)), varargs(**{"a": 1}, **{"b": 2}))
show(lambda: varargs(**{"a": 1}, **{"a": 2}))
show(lambda: varargs(*None))
