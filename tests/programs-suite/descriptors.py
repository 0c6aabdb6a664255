# descriptors and attribute hooks: __get__/__set__/__delete__/__set_name__, __getattr__, __getattribute__, __setattr__, __delattr__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name; self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind): raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name); obj.__dict__.pop(self.name, None)
class Rec:
    n = Typed(int)
    s = Typed(str)
r = Rec(); print(r.n, Rec.n.name, Rec.s.owner, type(Rec.__dict__["n"]).__name__)
r.n = 5; r.s = "x"; print(r.n, r.s, r.__dict__)
show(lambda: setattr(r, "n", "bad"))
del r.n; print(r.n)
class NonData:
    def __get__(self, obj, objtype=None): return "from descriptor"
class Holder:
    nd = NonData()
h = Holder(); print(h.nd); h.nd = "instance wins"; print(h.nd, Holder.nd)
class Lazy:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); setattr(obj, self.name, v); return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing"); return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area, "area" in c.__dict__)
class Dyn:
    x = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"): return name[4:].upper()
        raise AttributeError(f"no {name}")
d = Dyn(); print(d.x, d.dyn_abc, getattr(d, "dyn_q"), hasattr(d, "other"), getattr(d, "other", "dflt"))
show(lambda: d.other)
class Spy:
    def __init__(self): object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log": object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name)); object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name)); object.__delattr__(self, name)
    def method(self): return "m"
s = Spy(); s.a = 1; s.a; s.method(); del s.a; print(s.log)
show(lambda: s.a)
class RO:
    __slots__ = ()
    def __setattr__(self, name, value): raise AttributeError(f"{type(self).__name__} is read-only")
show(lambda: setattr(RO(), "x", 1))
class Both:
    def __getattribute__(self, name):
        if name == "boom": raise AttributeError("via getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return f"fallback {name}"
b = Both(); print(b.boom, b.missing)
class Meta(type):
    def __getattr__(cls, name): return f"class-level {name}"
class WithMeta(metaclass=Meta):
    real = 1
print(WithMeta.real, WithMeta.anything, getattr(WithMeta, "other"))
show(lambda: WithMeta().anything)
class Counter:
    def __init__(self): self.__dict__["count"] = 0
    def __setattr__(self, k, v): self.__dict__["count"] += 1; self.__dict__[k] = v
cn = Counter(); cn.a = 1; cn.b = 2; cn.a = 3; print(cn.count, cn.a, sorted(vars(cn)))
class Vals:
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __contains__(self, k): return k in self.data
v = Vals(); v["a"] = 1; print(v["a"], "a" in v, "b" in v); del v["a"]; show(lambda: v["a"])
print(type(Rec.n).__name__, callable(Rec.__dict__["n"].__get__), Rec.__dict__["n"].__get__(None, Rec) is Rec.n)
