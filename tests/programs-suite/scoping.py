# closures, nonlocal, global, del, locals()
x = "global"
def f():
    print(x)
f()
def g():
    x = "local"
    def h():
        nonlocal x
        x = "changed"
    h()
    return x
print(g())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [fn() for fn in fs]
print(make())
print([(lambda i=i: i)() for i in range(3)])
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 1
unbound()
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 2
free_unbound()
try:
    undefined_name
except NameError as e:
    print(e)
def gl():
    global newg
    newg = 5
gl(); print(newg)
a = 1
del a
try:
    a
except NameError as e:
    print(e)
def dl():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print(e)
dl()
def loc():
    q = 1; r = 2
    return sorted(locals().items())
print(loc())
print("x" in globals(), globals()["x"], __name__)
class K:
    attr = 1
    lst = [attr * i for i in range(3)] if False else None
    def m(self): return attr if False else K.attr
print(K().m())
y = 10
class Scope:
    y = 20
    z = [y for _ in range(2)]
print(Scope.z)
def outer():
    v = "outer"
    class Inner:
        v = "class"
        def get(self): return v
    return Inner().get()
print(outer())
lst = [1, 2, 3]
del lst[0]; print(lst)
d = {"a": 1, "b": 2}; del d["a"]; print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O: pass
o = O(); o.p = 1; del o.p
try:
    del o.p
except AttributeError as e:
    print(e)
lst2 = list(range(10)); del lst2[::2]; print(lst2)
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
for j in range(3):
    if j == 1: break
else:
    print("not printed")
print(j)
def dflt(a, b=[]):
    b.append(a); return b
print(dflt(1), dflt(2))
def kw(a, /, b, *, c): return a, b, c
print(kw(1, 2, c=3), kw(1, b=2, c=3))
for call in (lambda: kw(a=1, b=2, c=3), lambda: kw(1, 2, 3), lambda: kw(1), lambda: kw(1, 2, c=3, d=4)):
    try:
        call()
    except TypeError as e:
        print(e)
def star(*args, **kwargs): return args, kwargs
print(star(1, *[2, 3], x=1, **{"y": 2}))
try:
    star(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
def f2(a, b): pass
for call in (lambda: f2(1), lambda: f2(1, 2, 3), lambda: f2(1, a=1), lambda: f2(c=1, a=1, b=2), lambda: f2()):
    try:
        call()
    except TypeError as e:
        print(e)
class Meth:
    def m(self, a): pass
for call in (lambda: Meth().m(), lambda: Meth().m(1, 2), lambda: Meth.m()):
    try:
        call()
    except TypeError as e:
        print(e)
print(f2.__name__, f2.__code__.co_argcount, f2.__defaults__, dflt.__defaults__, kw.__kwdefaults__)
fn = lambda: 0
print(fn.__name__, fn.__qualname__)
