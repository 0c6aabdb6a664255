# __enter__/__exit__, __index__, __class_getitem__, __slots__, __call__, class decorators with state.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return True

with CM("a") as c:
    print("body", c.name)
with CM("b"):
    raise ValueError("x")
print("after")

class Idx:
    def __index__(self):
        return 2

print([10, 20, 30][Idx()], "abc"[Idx()], (1, 2, 3)[Idx()])

class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"

print(G[int], G[str])

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class T(S):
    __slots__ = ["c"]

s, t = S(), T()
s.b = 2
t.c = 3
t.a = 4
print(s.a, s.b, t.a, t.c, hasattr(s, "__dict__"))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + sum(rest) + self.n) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5) if False else "skip", list(map(add5, [1, 2])))

def counted(cls):
    cls.made = 0
    original = cls.__init__
    def init(self, *args):
        cls.made += 1
        original(self, *args)
    cls.__init__ = init
    return cls

@counted
class Thing:
    def __init__(self, v):
        self.v = v

things = [Thing(i) for i in range(4)]
print(Thing.made, things[2].v)
print(S.__slots__, T.__mro__[1].__name__)
s.c = 5
