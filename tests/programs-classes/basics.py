class A:
    """doc"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v!r})"

class B(A):
    def get(self):
        return super().get() * 10

a = A(3)
print(a.get(), a, repr(a), str(a), f"{a}")
b = B(4)
print(b.get(), isinstance(b, A), isinstance(a, B), type(b).__name__, type(b) is B)
print(B.__mro__)
print(A.__doc__, B.__qualname__)
