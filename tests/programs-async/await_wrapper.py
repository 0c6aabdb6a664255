# coroutine.__await__() (coroutine_wrapper): awaitables that delegate to a coroutine, and
# generator-based code using `yield from coro.__await__()`.
import asyncio

class Fetch:
    def __init__(self, n):
        self.n = n
    async def _run(self):
        await asyncio.sleep(0.1)
        return self.n * 2
    def __await__(self):
        return self._run().__await__()

def legacy(coro):
    result = yield from coro.__await__()
    return result + 1

class Legacy:
    def __await__(self):
        return legacy(asyncio.sleep(0, 41))

async def main():
    print(await Fetch(21))
    print(await Legacy())
    w = asyncio.sleep(0, 5).__await__()
    print(iter(w) is w, w.send(None))
    try:
        w.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    print(await asyncio.gather(Fetch(1), Fetch(2)))

asyncio.run(main())
