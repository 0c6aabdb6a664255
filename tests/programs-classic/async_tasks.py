# asyncio: tasks, gather, sleep ordering, queues, locks, timeouts and cancellation.
import asyncio


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done after {delay}")
    return name.upper()


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    await queue.put(None)


async def consumer(queue, out):
    while (item := await queue.get()) is not None:
        out.append(item * item)


async def slow():
    await asyncio.sleep(10)
    return "never"


async def guarded(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")


async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.03, log), worker("b", 0.01, log), worker("c", 0.02, log))
    print(results)
    print(log)
    queue, out = asyncio.Queue(), []
    await asyncio.gather(producer(queue, 5), consumer(queue, out))
    print(out)
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), task.done())
    lock, log2 = asyncio.Lock(), []
    await asyncio.gather(*(guarded(lock, n, log2) for n in "xyz"))
    print(log2)

    async def fails():
        await asyncio.sleep(0)
        raise ValueError("boom")

    print(await asyncio.gather(fails(), worker("d", 0, []), return_exceptions=True))
    t1 = asyncio.create_task(worker("e", 0.02, log))
    t2 = asyncio.create_task(worker("f", 0.01, log))
    done_order = []
    for fut in asyncio.as_completed([t1, t2]):
        done_order.append(await fut)
    print(done_order)

    async def countdown(n):
        while n:
            yield n
            n -= 1
            await asyncio.sleep(0)

    print([x async for x in countdown(4)])
    event = asyncio.Event()

    async def waiter():
        await event.wait()
        return "event seen"

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    event.set()
    print(await w)
    return "main done"


print(asyncio.run(main()))
