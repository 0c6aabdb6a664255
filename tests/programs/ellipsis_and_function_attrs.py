# The Ellipsis singleton and the attributes of function objects (decorators rely on them).
x = ...
print(x, x is Ellipsis, ... is Ellipsis, repr(...), bool(...), type(...), type(...).__name__)
def stub(): ...
print(stub(), [1, ..., 2], {...: 1}[Ellipsis], hash(...) == hash(Ellipsis), ... == ...)

class Grid:
    def __getitem__(self, key):
        return key
print(Grid()[...], Grid()[1:2, ...])


def counted(f):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return f(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = f.__qualname__
    wrapper.__doc__ = f.__doc__
    wrapper.__wrapped__ = f
    return wrapper


@counted
def area(w, h=2, *, unit="m"):
    """Area of a rectangle."""
    return f"{w * h} {unit}2"


print(area(3), area(4, 5, unit="cm"), area.calls)
print(area.__name__, area.__qualname__, area.__doc__)
print(area.__wrapped__.__defaults__, area.__wrapped__.__kwdefaults__)
print(sorted(area.__dict__), area.__module__)
del area.calls
print(hasattr(area, "calls"), getattr(area, "calls", "gone"))
for bad in (3, None):
    try:
        area.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    area.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    del area.missing
except AttributeError as e:
    print("AttributeError:", e)


def plain():
    pass
print(plain.__doc__, plain.__defaults__, plain.__kwdefaults__, plain.__closure__, plain.__dict__)
print(type(area.__closure__), len(area.__closure__), area.__globals__ is plain.__globals__, "__name__" in area.__globals__)
plain.__defaults__ = None
plain.tag = "t"
print(vars(plain))
