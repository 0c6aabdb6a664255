# Attribute lookups that the interpreter caches per site (backends/interp/attr.ts) must see
# every change: class attributes added, replaced and deleted after a site has run, instance
# attributes shadowing methods, properties, __getattr__/__setattr__, __slots__, __class__
# assignment, and sites that see several classes.


class A:
    def m(self):
        return "A.m"

    def get(self):
        return self.x


class B(A):
    def m(self):
        return "B.m"


def call_m(o):
    return o.m()


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


a, b = A(), B()
out = []
for _ in range(3):
    out.append(call_m(a))
    out.append(call_m(b))
A.m = lambda self: "patched A.m"
out.append(call_m(a))
out.append(call_m(b))
del B.m
out.append(call_m(b))
b.m = lambda: "instance m"
out.append(call_m(b))
del b.m
out.append(call_m(b))
print(out)

write_x(a, 1)
print(read_x(a), a.get())
A.x = property(lambda self: "prop x")
print(read_x(a))
try:
    write_x(a, 2)
except AttributeError as e:
    print("AttributeError:", e)
del A.x
print(read_x(a))
write_x(a, 3)
print(read_x(a))


class G:
    def __getattr__(self, name):
        return "missing " + name


g = G()
print(read_x(g))
write_x(g, 5)
print(read_x(g))


class S:
    __slots__ = ("x",)


s = S()
write_x(s, 7)
print(read_x(s))
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


lg = Logged()
write_x(lg, 9)
print(read_x(lg))


class C1:
    def who(self):
        return "C1"


class C2:
    def who(self):
        return "C2"


o = C1()
names = []
for i in range(6):
    names.append(o.who())
    o.__class__ = C2 if o.__class__ is C1 else C1
print(names)

# A polymorphic site over more classes than it memoizes.
classes = [type("K%d" % i, (), {"v": i, "f": (lambda k: lambda self: k * 10)(i)}) for i in range(7)]
objs = [k() for k in classes]
print([x.v for x in objs], [x.f() for x in objs])
classes[3].v = "changed"
classes[5].f = lambda self: "new f"
print([x.v for x in objs], [x.f() for x in objs])

try:
    read_x(object())
except AttributeError as e:
    print("AttributeError:", e)
bm = a.get
print(bm(), bm.__self__ is a)
