# gather: results in argument order whatever the completion order, return_exceptions, the
# first exception propagating while the others keep running, cancellation, nesting.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("finished", name)
    return name * 2


async def main():
    print(await asyncio.gather(job("a", 0.3), job("b", 0.1), job("c", 0.2)))
    print(await asyncio.gather())
    results = await asyncio.gather(job("d", 0.1), job("e", 0.05, fail=True), job("f", 0.0), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(job("g", 0.2), job("h", 0.1, fail=True), job("i", 0.3))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.5)  # g and i still finish: gather does not cancel them
    task = asyncio.create_task(job("j", 0.1))
    same = await asyncio.gather(task, task, job("k", 0.0))
    print(same)
    inner = asyncio.gather(job("l", 0.1), job("m", 0.2))
    outer = await asyncio.gather(inner, job("n", 0.05))
    print(outer)
    group = asyncio.gather(job("o", 1), job("p", 2))
    await asyncio.sleep(0.1)
    print("cancel ->", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("group cancelled", group.cancelled())
    slow = asyncio.create_task(job("q", 1))
    g2 = asyncio.gather(slow, job("r", 0.1), return_exceptions=True)
    await asyncio.sleep(0.2)
    slow.cancel()
    print([type(x).__name__ for x in await g2])

asyncio.run(main())
