import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc * 10 + x, range(1, 8), 0))
print(functools.reduce(operator.mul, [], 1), functools.reduce(operator.add, ["a", "b", "c"]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def f(a, b, c):
    return a * 100 + b * 10 + c

g = functools.partial(f, 1)
h = functools.partial(g, 2)
print(g(2, 3), h(4), functools.partial(f, 7, 8, 9)())
print(list(map(functools.partial(operator.mul, 3), [1, 2, 3])))

print(operator.add(2, 3), operator.sub(2.5, 1), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 100), operator.neg(5), operator.pos(-1.5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 70), operator.rshift(1024, 3), operator.invert(5))
print(operator.eq(1, 1.0), operator.ne("a", "a"), operator.not_([]), operator.truth("x"), operator.is_(None, None), operator.is_not([], []))
print(operator.getitem([10, 20, 30], 1), operator.getitem({"k": "v"}, "k"), operator.contains("hello", "ell"))
pairs = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(pairs, key=operator.itemgetter(1)))
print(list(map(operator.itemgetter(2, 0), pairs)), operator.itemgetter(slice(1, None))("abcd"))

class P:
    def __init__(self, name, inner):
        self.name = name
        self.inner = inner

class Q:
    def __init__(self, v):
        self.v = v

ps = [P("x", Q(3)), P("y", Q(1)), P("z", Q(2))]
print([p.name for p in sorted(ps, key=operator.attrgetter("inner.v"))])
print(operator.attrgetter("name", "inner.v")(ps[0]))
try:
    operator.add(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    operator.itemgetter(5)([1, 2])
except IndexError as e:
    print("IndexError:", e)
