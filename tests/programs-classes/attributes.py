# Instance dicts, getattr/setattr/hasattr/delattr, __getattr__ fallback, __setattr__, bound methods.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __str__(self):
        return f"P({self.x}, {self.y})"

p = P(3, 4)
m = p.norm2
print(m(), P.norm2(p), p.__dict__, vars(p) if False else sorted(p.__dict__))
print(str(p), f"{p!s}", [str(p)])
setattr(p, "z", 5)
print(getattr(p, "z"), hasattr(p, "w"), getattr(p, "w", "default"))
delattr(p, "z")
print(hasattr(p, "z"))
print(m.__self__ is p, m.__func__ is P.norm2, P.norm2.__name__)

class Lazy:
    def __getattr__(self, name):
        return name.upper()

l = Lazy()
l.real = 1
print(l.real, l.anything, getattr(l, "other"))

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)

g = Logged()
g.a = 21
print(g.a)

class Empty:
    pass

e = Empty()
e.dynamic = [1, 2]
print(e.dynamic, Empty.__name__)
print(e.missing)
