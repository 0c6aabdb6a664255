# await on objects with __await__, the values passing through a chain of awaits, and the
# TypeErrors of the awaitable protocol.
class Ticket:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            total += yield ("tick", i)
        return total


async def level2(n):
    return await Ticket(n)


async def level1():
    a = await level2(2)
    b = await level2(1)
    return a, b


c = level1()
value = c.send(None)
steps = 0
while True:
    print("driver saw", value)
    steps += 1
    try:
        value = c.send(steps * 10)
    except StopIteration as stop:
        print("result", stop.value)
        break


class Bad:
    def __await__(self):
        return 42


class ReturnsCoroutine:
    def __await__(self):
        self.made = level2(0)
        return self.made


class NoAwait:
    pass


async def probe(thing):
    try:
        await thing
    except TypeError as e:
        print("TypeError:", e)


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


for thing in [1, None, "s", NoAwait(), Bad(), [1]]:
    drive(probe(thing))

rc = ReturnsCoroutine()
drive(probe(rc))
rc.made.close()  # closed: no "never awaited" warning


async def twice():
    inner = level2(0)
    await inner
    try:
        await inner
    except RuntimeError as e:
        print("RuntimeError:", e)

drive(twice())


async def gen_await():
    def plain():
        yield 1
    try:
        await plain()
    except TypeError as e:
        print("TypeError:", e)

drive(gen_await())
