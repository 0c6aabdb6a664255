# dataclass __init__ as CPython generates it: argument errors named P.__init__(), frozen,
# kw_only, InitVar and __post_init__, init=False defaults and factories, a field named self,
# classes nested in a class or defined in a function.
from dataclasses import dataclass, field, InitVar
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
class R:
    def __init__(self, x, y=0, z=None):
        self.x = x
        self.y = y
        self.z = [] if z is None else z
print(P(1), P.__init__.__qualname__, P.__init__.__name__, P.__init__.__module__)
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'w': 2}), ((1,), {'x': 2})]:
    try: P(*args, **kw)
    except TypeError as e: print(e)
@dataclass(frozen=True, kw_only=True)
class F:
    a: int
    b: str = "q"
f = F(a=1); print(f)
try: f.a = 2
except Exception as e: print(type(e).__name__, e)
try: F(1)
except TypeError as e: print(e)
@dataclass
class G:
    a: int
    scale: InitVar[int] = 2
    c: int = field(init=False, default=9)
    d: list = field(init=False, default_factory=lambda: [1])
    def __post_init__(self, scale):
        self.a *= scale
print(G(3), G(3, 5))
def make():
    @dataclass
    class L:
        v: int
    return L
print(make()(4))
try: make()()
except TypeError as e: print(e)
@dataclass
class S:
    self: int
    other: int = 1
print(S(5))
@dataclass
class K:
    __x: int = 1
print(K())
class Outer:
    @dataclass
    class Inner:
        q: int
print(Outer.Inner(1))
try: Outer.Inner()
except TypeError as e: print(e)
