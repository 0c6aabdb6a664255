# type(), isinstance with tuples, and type names of many values.
values = [0, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, 1j, range(3), len, lambda: 0, bytearray(b"x"), slice(1), iter([]), type]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, str), isinstance(v, (list, tuple, dict, set)), callable(v))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (float, complex)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple)):
        return "sequence of " + ",".join([describe(i) for i in x])
    return "other"
print([describe(x) for x in (True, 3, 2.5, 1j, "a", [1, "b", (2.0, False)], None)])
print(type(3) == int, type(3) is not float, isinstance(3, object), isinstance(None, object), issubclass(bool, int), issubclass(int, (str, object)))
print(int("5") + float("1.5"), str(int), repr(float), type(type), type(None)() if False else type(None).__name__)
print(list.__name__, dict.__name__, type([]).__name__, str.__name__, bool.__name__)
