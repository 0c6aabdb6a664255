# __prepare__ returning a custom mapping, the class body writing through its __setitem__,
# and __init_subclass__ with keyword arguments.


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
        self.duplicates = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            if key in self:
                self.duplicates.append(key)
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, kwargs)
        ns = Recorder()
        ns["preset"] = 42
        return ns

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = tuple(ns.order)
        cls.duplicates = ns.duplicates
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Form(metaclass=Ordered, strict=True):
    name = "text"
    age = "int"
    email = "text"
    age = "number"

    def validate(self):
        return preset_seen

    preset_seen = preset


print(Form.field_order, Form.duplicates, Form.preset, Form.age, Form.preset_seen)
print(sorted(k for k in Form.__dict__ if not k.startswith("__")))


class Namespace(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"helper": lambda: "from prepare"}


class Uses(metaclass=Namespace):
    value = helper()


print(Uses.value)


class Base:
    subclasses = []

    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)


class A(Base, prefix="a-"):
    pass


class B(A):
    pass


print(Base.subclasses, A.prefix, B.prefix)
try:
    class C(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class E(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
