"""asyncio: a tree of coroutines gathered level by level, plus queues and locks (own version)."""
import asyncio
import random


class Stats:
    def __init__(self):
        self.calls = 0
        self.max_depth = 0


async def leaf(n, stats, rng):
    stats.calls += 1
    await asyncio.sleep(0)
    return n * 2 + rng.randint(0, 1)


async def node(depth, branching, stats, rng, path=()):
    stats.max_depth = max(stats.max_depth, len(path))
    if depth == 0:
        return await leaf(len(path), stats, rng)
    results = await asyncio.gather(*(node(depth - 1, branching, stats, rng, path + (i,)) for i in range(branching)))
    return sum(results)


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        out.append(item * item)


async def guarded(lock, log, name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def failing(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


async def main():
    stats = Stats()
    rng = random.Random(1)
    total = await node(4, 3, stats, rng)
    print("total", total, "calls", stats.calls, "depth", stats.max_depth)
    q = asyncio.Queue(maxsize=3)
    out = []
    await asyncio.gather(producer(q, 10), consumer(q, out))
    print(out)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(guarded(lock, log, n) for n in "abc"))
    print(log)
    res = await asyncio.gather(*(failing(i) for i in range(4)), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res], str(res[1]))
    try:
        await asyncio.gather(failing(1), failing(2))
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(leaf(5, stats, rng))
    print(await t, t.done(), t.result() >= 10)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    ev = asyncio.Event()

    async def setter():
        await asyncio.sleep(0)
        ev.set()
    await asyncio.gather(ev.wait(), setter())
    print("event", ev.is_set())


if __name__ == "__main__":
    asyncio.run(main())
