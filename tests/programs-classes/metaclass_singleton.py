# Singletons and instance caches through a metaclass's __call__.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path="app.ini", debug=False):
        self.path, self.debug = path, debug


class Logger(metaclass=Singleton):
    def __init__(self):
        self.lines = []

    def log(self, msg):
        self.lines.append(msg)


c1 = Config("a.ini", debug=True)
c2 = Config("b.ini")
Logger().log("one")
Logger().log("two")
print(c1 is c2, c2.path, c2.debug, Logger().lines, len(Singleton._instances))


class Interned(type):
    def __call__(cls, value):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            cls._cache = cache
        if value not in cache:
            cache[value] = super().__call__(value)
        return cache[value]


class Symbol(metaclass=Interned):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Symbol({self.name!r})"


a, b, c = Symbol("x"), Symbol("x"), Symbol("y")
print(a is b, a is c, a, sorted(Symbol._cache), type(Symbol).__name__)


class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen: cannot set {name}")


class Constants(metaclass=Frozen):
    PI = 3.14159


try:
    Constants.PI = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Constants.PI)
