# Async comprehensions in async functions: async for clauses, await in elements and
# conditions, nesting, and async generator expressions.
class Suspend:
    def __await__(self):
        yield "tick"


async def arange(n):
    for i in range(n):
        await Suspend()
        yield i


async def square(x):
    await Suspend()
    return x * x


async def is_even(x):
    return x % 2 == 0


def drive(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as stop:
        print("ticks:", ticks)
        return stop.value


async def main():
    print([x async for x in arange(4)])
    print({x % 3 async for x in arange(6)})
    print({x: await square(x) async for x in arange(3)})
    print([await square(x) for x in range(4)])
    print([x async for x in arange(6) if await is_even(x)])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([[y async for y in arange(x)] for x in range(3)])
    print([x + y for x in range(2) async for y in arange(2)])
    gen = (await square(x) for x in range(3))
    print(repr(gen).split(" at ")[0])
    print([v async for v in gen])
    agen = (x * 10 async for x in arange(3))
    total = 0
    async for v in agen:
        total += v
    print(total)
    return "done"

print(drive(main()))


def outside():
    # A generator expression with await may appear in a plain function: it is an async
    # generator expression, run by whoever iterates it asynchronously.
    return (await square(x) for x in range(2))


async def consume():
    return [v async for v in outside()]

print(drive(consume()))
