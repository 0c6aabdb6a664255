# Recursion that ends at the JS stack's edge rather than at the recursion limit (a dunder
# called from native code recursing into itself): each RecursionError must leave the
# interpreter's frames exact, so everything after still runs. The same recursions run under a
# few levels of native calls (map, sorted's key, a dunder), to end at different places.
import sys
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())
class Rec:
    def __repr__(self): return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print("repr recursion", e)
l = [1]; l.append(l); print(l, str(l))
d = {}; d[1] = d; print(d)
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
class Default(dict):
    def __missing__(self, k): return f"<{k}>"
print("{a} {b}".format_map(Default(a=1)))
import string
print(list(string.Formatter().parse("x{0}y{name!r:>4}z")), string.Formatter().format("{0}-{1}", "a", "b"))
print(f"{'nested {braces}'}", f"{{literal}}", f"{3:{'>'}{5}}", f"{'a' 'b'}", f"""{
    1 + 1
}""", f"{(lambda x: x * 2)(3)}", f"{'\\n'.join(['a', 'b'])!r}")
x = 42
print(f"{x = }", f"{x=:>6}", f"{x!r:^8}|", f"{x:#b}", f"{-x:_}", f"{x/7:.3}", f"{x:,.2f}", f"{'q'*3}", f"{[1, 2]!s}")
class Rec2:
    def __repr__(self):
        return repr(self)

    def __eq__(self, other):
        return self == other

    def __getattr__(self, name):
        return getattr(self, name)


class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1) if depth < 10**6 else None


def recursions(level):
    found = []
    for name, f in [("repr", lambda: repr(Rec2())), ("eq", lambda: Rec2() == 1),
                    ("getattr", lambda: Rec2().missing), ("init", lambda: Node(0))]:
        try:
            f()
        except RecursionError as e:
            found.append(f"{name}: {e}")
    return f"level {level}: " + "; ".join(found)


def nested(level, top):
    # `level` native calls between here and the recursions.
    if level == 0:
        return recursions(top)
    return list(map(lambda _: nested(level - 1, top), [0]))[0]


for level in range(6):
    print(nested(level, level))
print(sorted([3, 1, 2], key=lambda k: (nested(2, 2), k)[1]))


def after(x):
    return [after_inner(i) for i in range(x)]


def after_inner(i):
    return i * i


print(sum(after(100)), sys.getrecursionlimit(), deep(900))
import string
print(string.Formatter().format("{0}-{1}", "a", "b"))
