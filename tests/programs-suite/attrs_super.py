# Attribute assignment/deletion errors on builtins, dir()/vars() forms, zero-argument super() in comprehensions and generator expressions
for f in (lambda: delattr(1,'x'), lambda: delattr([], 'x'), lambda: delattr(object(), 'x'), lambda: delattr(iter([]),'x'), lambda: delattr(1,'real'), lambda: setattr(1,'real',3), lambda: delattr(int,'x'), lambda: setattr(int,'x',1), lambda: setattr(1, "x", 2), lambda: setattr([], "x", 2), lambda: setattr(object(), "x", 1), lambda: setattr(1.5, "imag", 0), lambda: setattr(1j, "real", 0)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
x = 5
try:
    x.y = 1
except AttributeError as e:
    print(e)
class A: pass
A.x = 1; del A.x; a = A(); a.y = 2; del a.y
try:
    del a.y
except AttributeError as e:
    print(e)
try:
    del A.zz
except AttributeError as e:
    print(e)
class E(Exception): pass
E.q = 1; print(E.q)
def fn(): pass
fn.attr = 3; del fn.attr
try:
    del fn.attr
except AttributeError as e: print(e)
import math
try:
    del math.nope
except AttributeError as e: print(e)
s = slice(1, 2)
try:
    s.start = 5
except AttributeError as e: print(e)
try:
    ValueError.x = 1
except TypeError as e: print(e)
try:
    [].append = 1
except AttributeError as e: print(e)
class WithDir:
    def __dir__(self): return ("b", "a", "c")
print(dir(WithDir()))
def f():
    a = 1; b = 2
    return vars()
print(f())
x = 5
print("x" in vars(), vars() is globals())
class K:
    q = 1
    print(sorted(vars()))
class A:
    def greet(self): return "A"
    @classmethod
    def cm(cls): return cls.__name__
class C(A):
    def greet(self):
        return [super().greet() for _ in range(2)]
    def nested(self):
        return [[super().greet() + str(i) for i in range(2)] for j in range(2)]
    def gen(self):
        return list(super().greet() for _ in range(2))
    def dct(self):
        return {k: super().greet() for k in "ab"}
    @classmethod
    def cm(cls):
        return [super().cm() for _ in "x"]
print(C().greet(), C().nested(), C().dct(), C.cm())
class A: pass
class B: pass
for f in (lambda: super(A, B()), lambda: super(A, B), lambda: super(A, 5)):
    try: f()
    except TypeError as e: print(e)
def g():
    return list(super().x for _ in range(1))
class C:
    def m(self): return list(super().x for _ in range(1))
try: C().m()
except TypeError as e: print(e)
