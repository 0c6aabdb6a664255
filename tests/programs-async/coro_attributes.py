# The data attributes of coroutines, async generators and generators: __name__, __qualname__,
# cr_running/cr_suspended/cr_await and their ag_/gi_ counterparts.
import asyncio

async def inner():
    await asyncio.sleep(0)

async def outer():
    c = asyncio.current_task().get_coro()
    print("running inside:", c.cr_running, c.cr_suspended)
    await inner()

class K:
    async def meth(self):
        yield 1

def gen():
    yield from range(2)

async def main():
    c = outer()
    print(c.__name__, c.__qualname__, c.cr_running, c.cr_suspended, c.cr_await)
    c.send(None)
    print("suspended:", c.cr_running, c.cr_suspended, c.cr_await.__qualname__)
    c.close()
    a = K().meth()
    print(a.__name__, a.__qualname__, a.ag_running, a.ag_await)
    g = gen()
    next(g)
    print(g.__name__, g.gi_running, g.gi_suspended, type(g.gi_yieldfrom).__name__)
    await asyncio.create_task(outer())

asyncio.run(main())
