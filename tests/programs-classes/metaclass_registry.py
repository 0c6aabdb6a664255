# A metaclass that registers every class it makes, with __new__/__init__ taking the class
# statement's keyword arguments, attributes and methods of the metaclass seen from its
# classes, and type(name, bases, ns) choosing the metaclass of its bases.


class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, ns, **kwargs):
        print(f"new {name} bases={[b.__name__ for b in bases]} kwargs={kwargs}")
        cls = super().__new__(mcs, name, bases, ns)
        cls.kind = kwargs.get("kind", "generic")
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        if bases:
            PluginMeta.registry[name.lower()] = cls

    def create(cls, *args):
        return cls(*args)

    @property
    def label(cls):
        return f"[{cls.__name__}:{cls.kind}]"


class Plugin(metaclass=PluginMeta):
    def __init__(self, value=0):
        self.value = value


class Reader(Plugin, kind="io"):
    pass


class Writer(Plugin, kind="io"):
    def run(self):
        return f"writing {self.value}"


print(sorted(PluginMeta.registry), Reader.kind, Plugin.kind, Writer.label)
w = Writer.create(5)
print(w.run(), type(w).__name__, type(Writer).__name__, type(Writer) is PluginMeta)
print(isinstance(Writer, PluginMeta), isinstance(Writer, type), isinstance(w, Plugin), issubclass(PluginMeta, type))
print(Writer.__class__, PluginMeta.__mro__, type(PluginMeta))

Dyn = type("Dyn", (Plugin,), {"run": lambda self: "dynamic"})
print(type(Dyn).__name__, Dyn.kind, Dyn().run(), "dyn" in PluginMeta.registry)
Plain = type("Plain", (), {"x": 1, "__doc__": "made by type()"})
print(Plain.x, Plain.__doc__, type(Plain), Plain.__bases__, Plain.__qualname__, Plain.__module__)

bases = (Reader,)
options = {"kind": "star"}


class Starred(*bases, **options):
    pass


print(Starred.kind, Starred.__bases__, Starred.__mro__[1:])


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)


class Widget(metaclass=Counted):
    def __init__(self, name, size=1):
        self.name, self.size = name, size


a = Widget("a")
b = Widget("b", size=3)
print(Widget.instances, a.name, b.size, repr(Widget)[:16])
