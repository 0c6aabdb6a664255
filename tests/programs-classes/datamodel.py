def make(n):
    class Local:
        size = n
        def get(self):
            return n + __class__.size
    return Local
print(make(3)().get())
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o): return V(self.x + o)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"V({self.x})"
    def __len__(self): return self.x
    def __getitem__(self, i):
        if i >= self.x: raise IndexError(i)
        return i * 10
    def __iter__(self): return iter(range(self.x))
print(V(1) + V(2), 5 + V(1), V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2), len(V(4)), bool(V(0)), V(2)[1])
print(sorted([V(3), V(1), V(2)]), list(V(3)), 2 in V(3), [x for x in V(2)])
try:
    V(1) + "a"
except TypeError as e:
    print(e)
try:
    hash(V(1))
except TypeError as e:
    print(e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()))
for v in It(): print(v, end=" ")
print()
class F:
    def __format__(self, spec): return "F<" + spec + ">"
    def __call__(self, *a, **k): return (a, k)
print(f"{F():abc}", format(F(), "x"), F()(1, b=2))
class A:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
class B(A): pass
class D:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class E:
    d = D()
C = type("C", (A,), {"z": 1})
print(C.z, C.__name__, type(C()).__name__)
print(NotImplemented, -V(1) if hasattr(V, "__neg__") else "noneg")
