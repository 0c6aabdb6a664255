# type() names of builtin functions, methods, iterators and views.
import math
objs = [len, print, math.sqrt, [].append, "".join, iter([]), iter(()), iter(""), iter("é"), iter(b""), iter(range(2)),
        iter({}), iter({}.values()), iter({}.items()), iter(set()), enumerate([]), zip(), map(abs, []), filter(None, []),
        reversed([]), reversed(range(3)), {}.keys(), {}.values(), {}.items(), bytearray(), range(1), slice(1)]
for o in objs:
    print(type(o).__name__, end=" ")
print()
print(type(len) is type(abs), isinstance(iter([]), type(iter([1]))), type({}.keys()) is type({1: 2}.keys()))
print(len.__name__, math.sqrt.__name__, [].append.__name__, len.__self__ if False else "-", repr(abs), repr(math.floor))
