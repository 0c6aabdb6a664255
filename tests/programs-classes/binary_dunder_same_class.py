class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o): return NotImplemented
    def __repr__(self): return f"V({self.x})"
class W(V):
    def __radd__(self, o): return "radd"
a, b = V(1), V(2)
print(a + b, (a + b) + b)
try:
    a - b
except TypeError as e:
    print(e)
print(a + W(5))
V.__add__ = lambda s, o: "patched"
print(a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print(e)
