# Async generators: async for, __anext__/asend/athrow/aclose awaited by hand, awaits inside
# the generator passing through to the driver, finally blocks, errors.
class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


async def ticker(n):
    try:
        for i in range(n):
            await Suspend(f"sleep{i}")
            received = yield i
            if received is not None:
                print("ticker received", received)
    finally:
        print("ticker finally")


def drive(coro):
    seen = []
    try:
        while True:
            seen.append(coro.send(None))
    except StopIteration as stop:
        print("driver saw", seen)
        return stop.value


async def consume():
    total = 0
    async for v in ticker(3):
        total += v
    return total

print(drive(consume()))


async def manual():
    g = ticker(5)
    print(repr(g).startswith("<async_generator object ticker at 0x"))
    print(g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("stop it"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = ticker(5)
    print(await g2.__anext__())
    await g2.aclose()
    print("closed")
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    return "manual done"

print(drive(manual()))


async def catches():
    try:
        yield 1
    except KeyError as e:
        yield f"caught {e}"
    yield 3


async def use_athrow():
    g = catches()
    print(await g.__anext__())
    print(await g.athrow(KeyError("k")))
    print(await g.__anext__())
    aw = g.__anext__()
    try:
        await aw
    except StopAsyncIteration:
        print("end")
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)

drive(use_athrow())


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def bad_close():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

drive(bad_close())


async def leaks_stop():
    yield 1
    raise StopAsyncIteration


async def pep525():
    try:
        async for x in leaks_stop():
            print("x =", x)
    except RuntimeError as e:
        print("RuntimeError:", e)

drive(pep525())


async def empty():
    return
    yield

async def use_empty():
    print([x async for x in empty()])

drive(use_empty())
