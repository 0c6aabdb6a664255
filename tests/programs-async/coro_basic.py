# Coroutines driven by hand with send(): await chains, return values, repr shape.
async def double(x):
    return x * 2


async def add_doubles(a, b):
    first = await double(a)
    second = await double(b)
    return first + second


async def nested(depth):
    if depth == 0:
        return "bottom"
    inner = await nested(depth - 1)
    return f"{depth}({inner})"


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")


c = add_doubles(3, 4)
print(repr(c).startswith("<coroutine object add_doubles at 0x"))
print(run(c))
print(run(nested(4)))


class Outer:
    async def method(self, n):
        return [await double(i) for i in range(n)]


o = Outer()
c = o.method(3)
print(repr(c).startswith("<coroutine object Outer.method at 0x"))
print(run(c))


def make():
    async def inner():
        return "closure"
    return inner


c = make()()
print(repr(c).split(" at ")[0])
print(run(c))


async def no_return():
    x = 1


print(run(no_return()))
c = double(5)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in c:
        pass
except TypeError as e:
    print("TypeError:", e)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = double(1)
try:
    c2.send(1)
except TypeError as e:
    print("TypeError:", e)
c2.close()
