# Queue (producers/consumers, maxsize back-pressure, join/task_done, get_nowait errors),
# Event, Lock (FIFO hand-over), Semaphore (bounded concurrency), Condition.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(f"{name}:{item}")
        print(f"put {name}:{item} (size {q.qsize()})")
    print(f"{name} done producing")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        await asyncio.sleep(0.1)
        q.task_done()


async def queues():
    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consumer(q, f"c{i}", seen)) for i in range(2)]
    await asyncio.gather(producer(q, "p", range(4)), producer(q, "r", range(2)))
    await q.join()
    print(seen)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", repr(q).split(" maxsize=")[1])
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", small.full(), small.maxsize)
    pq = asyncio.PriorityQueue()
    for n in [5, 1, 4, 2]:
        pq.put_nowait(n)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for n in "abc":
        await lq.put(n)
    print([await lq.get() for _ in range(3)])
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print("ValueError:", e)


async def events():
    ev = asyncio.Event()

    async def waiter(i):
        print(f"waiter {i} waits")
        await ev.wait()
        print(f"waiter {i} released")

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    ev.clear()
    print("cleared", ev.is_set(), await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "ok")), 1))


async def locks():
    lock = asyncio.Lock()
    order = []

    async def critical(i):
        async with lock:
            order.append(f"enter {i}")
            await asyncio.sleep(0.1)
            order.append(f"leave {i}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            print(f"job {i} runs with {active} active")
            await asyncio.sleep(0.1 * (i % 3 + 1))
            active -= 1

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak)
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    ready = []

    async def wait_ready(i):
        async with cond:
            await cond.wait_for(lambda: len(ready) > i)
            print(f"cond waiter {i} sees {ready}")

    waiters = [asyncio.create_task(wait_ready(i)) for i in range(2)]
    for item in "ab":
        await asyncio.sleep(0.1)
        async with cond:
            ready.append(item)
            cond.notify_all()
    await asyncio.gather(*waiters)


asyncio.run(queues())
asyncio.run(events())
asyncio.run(locks())
