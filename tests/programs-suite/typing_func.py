# typing at run time, functools extras (singledispatch, partialmethod, cached_property, reduce errors), decorators with arguments, closures over loops
from typing import TypeVar, Generic, Protocol, Optional, Union, List, Dict, Callable, Any, NamedTuple, TypedDict, get_type_hints, runtime_checkable, Literal, Final, ClassVar
import functools
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), s.items, Stack[int], T, Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str])
print(int | None, list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
def annotated(a: int, b: "str" = "x", *args: float, **kw: Any) -> Optional[bool]: ...
print(annotated.__annotations__, get_type_hints(annotated))
class Emp(NamedTuple):
    name: str
    age: int = 0
print(Emp("a"), Emp._fields, Emp.__annotations__ if hasattr(Emp, "__annotations__") else "")
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}; print(m, Movie.__required_keys__ if hasattr(Movie, "__required_keys__") else "")
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
@functools.singledispatch
def show(x): return f"object {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
class Acc:
    def __init__(self): self.v = 0
    def add(self, n): self.v += n; return self
    def add5(self): return self.add(5)
    @functools.cached_property
    def expensive(self):
        print("computing"); return 42
a = Acc(); print(a.add5().v, a.expensive, a.expensive)
try:
    functools.reduce(lambda x, y: x + y, [])
except TypeError as e:
    print(e)
p = functools.partial(int, base=2); print(p("101"), p.func, p.args, p.keywords, repr(functools.partial(max, 1))[:30])
def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def w(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name): return f"hi {name}"
print(hi("x"), hi.__name__, hi.__wrapped__("y"))
def counter_deco(f):
    def w(*a):
        w.calls += 1; return f(*a)
    w.calls = 0
    return w
@counter_deco
def sq(x): return x * x
sq(2); sq(3); print(sq.calls, sq(4))
funcs = [lambda: i for i in range(3)]; print([f() for f in funcs])
funcs = [functools.partial(lambda i: i, i) for i in range(3)]; print([f() for f in funcs])
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
class Temp:
    def __init__(self): self._c = 0
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
t = Temp(); t.f = 212; print(t._c, t.f)
print(functools.lru_cache(maxsize=2)(lambda x: x * 2)(3), functools.cmp_to_key, functools.reduce(max, [3, 9, 2], 0))
import functools
class Acc:
    def __init__(self): self.v = 0
    def add(self, n, scale=1): self.v += n * scale; return self
    add5 = functools.partialmethod(add, 5)
    add_scaled = functools.partialmethod(add, scale=10)
a = Acc(); print(a.add5().v, a.add_scaled(2).v, Acc.add5(a).v, type(Acc.__dict__["add5"]).__name__)
pm = Acc.__dict__["add5"]; print(pm.func.__name__, pm.args, pm.keywords)
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
b = a.add5; print(type(b).__name__, b.args, b.func.__self__ is a if hasattr(b.func, "__self__") else "")
try:
    functools.partialmethod(5)
except TypeError as e:
    print(e)
