# inspect: signatures (rendering, binding, partial/methods/classes/wrapped), Parameter and
# Signature validation, predicates, getmembers, getdoc/cleandoc, getsource, getfullargspec.
import inspect, functools
def f(a, b: int = 2, /, c='x', *args, d, e: 'str' = 5, **kw) -> int: pass
s = inspect.signature(f)
print(s, repr(s), repr(s.parameters), repr(s.parameters['b']), s.parameters['a'].kind, repr(s.parameters['a'].kind), s.parameters['a'].kind.description, inspect.Parameter.empty, s.return_annotation)
print(str(s.parameters['e']), s.parameters['args'], s.parameters['kw'], s.parameters['b'].annotation)
def g(x, *, y): total = x + y; return total
print(inspect.signature(g), inspect.signature(lambda *a, **k: 0), inspect.signature(lambda: 0))
class A:
    """Doc of A."""
    def __init__(self, p, q=1): pass
    def m(self, z):
        """Doc of m."""
class B(A):
    def m(self, z): pass
print(inspect.signature(A), inspect.signature(A(1).m), inspect.signature(A.m), inspect.signature(functools.partial(f, 1, d=3)))
b = s.bind(1, 2, 3, 4, 5, d=6, z=7); print(b, b.arguments, b.args, b.kwargs); b.apply_defaults(); print(b)
for call in (lambda: s.bind(), lambda: inspect.signature(g).bind(1, 2), lambda: inspect.signature(g).bind(1, y=2, w=3), lambda: inspect.signature(g).bind(x=1), lambda: s.bind(1, a=2, d=1), lambda: inspect.signature(5)):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
class C:
    def __call__(self, u, v=1): pass
print(inspect.signature(C()), inspect.signature(C))
from typing import List, Optional
def h(a: List[int], b: Optional[str] = None, c: A = None) -> 'A': pass
print(inspect.signature(h))
print(inspect.getfullargspec(f))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3), inspect.Signature([inspect.Parameter('x', 1)]))
for call in (lambda: inspect.Parameter('x', 9), lambda: inspect.Signature([inspect.Parameter('x', 1, default=1), inspect.Parameter('y', 1)]), lambda: inspect.Parameter('1x', 1), lambda: inspect.Parameter('a', 2, default=1)):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(s == inspect.signature(f), s.replace(return_annotation=inspect.Signature.empty))
print([name for name, _ in inspect.getmembers(A, inspect.isfunction)], inspect.getdoc(B), inspect.getdoc(B.m), inspect.getdoc(B(1).m))
print(inspect.cleandoc('''  first
      second
        third
    '''))
def gen(): yield 1
async def co(): pass
async def ag():
    yield 1
def plain():
    def inner(): yield 2
    return inner
print([inspect.isgeneratorfunction(x) for x in (gen, co, ag, plain, f)], [inspect.iscoroutinefunction(x) for x in (gen, co, ag, plain)], [inspect.isasyncgenfunction(x) for x in (gen, co, ag, plain)])
print(inspect.isclass(A), inspect.isfunction(f), inspect.ismethod(A(1).m), inspect.isbuiltin(len), inspect.ismodule(inspect), inspect.isgenerator(gen()), inspect.isroutine(len))
print(inspect.getsource(g), end='')
print(inspect.getsource(A.m), end='')
print(inspect.getsource(B), end='')
print(inspect.getmro(B), inspect.getmodule(A).__name__, inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))


def with_locals(a, b=1):
    total = a + b
    scale = total * 2
    return scale


def starred(first, *rest, flag=False, **options):
    result = [first, *rest]
    return result, flag, options


class Shapes:
    @staticmethod
    def unit(size=1):
        return size

    @classmethod
    def build(cls, name, *parts):
        return cls

    @property
    def area(self):
        return 0


def deco(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        return func(*args, **kwargs)
    return inner


@deco
def decorated(x, y=(1, 2), *, z={"k": [1, 2]}):
    return x


print(inspect.signature(with_locals), inspect.signature(starred), inspect.signature(Shapes.unit), inspect.signature(Shapes.build))
print(inspect.signature(decorated), inspect.signature(lambda x, y=3: x), inspect.signature(lambda *, k: k))
print(inspect.signature(functools.partial(starred, 1, 2)), inspect.signature(functools.partial(with_locals, b=5)))
print(inspect.getsource(decorated), end="")
print(inspect.getsource(Shapes.unit), end="")
print(inspect.getsource(with_locals), end="")
print([n for n, _ in inspect.getmembers(Shapes) if not n.startswith("__")], inspect.getmembers(Shapes, inspect.isdatadescriptor)[-1][0])
print(inspect.isgeneratorfunction(with_locals), inspect.isfunction(Shapes.unit), inspect.ismethod(Shapes.build), inspect.isclass(Shapes()))
print(inspect.signature(starred).bind(1, 2, 3, flag=True, color="red").arguments)
print(inspect.getfullargspec(starred))
for bad in (lambda: inspect.signature(starred).bind(), lambda: inspect.signature(with_locals).bind(1, 2, 3),
            lambda: inspect.signature(with_locals).bind(1, a=2), lambda: inspect.getsource(5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
