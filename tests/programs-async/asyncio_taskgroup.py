# asyncio.TaskGroup: the block waits for its tasks; a failure cancels the siblings and the
# body, and the failures come out as an ExceptionGroup (caught with except*).
import asyncio

cancelled = []  # CPython cancels a group's tasks in set order (by address): print them sorted

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.2))
        b = tg.create_task(job("b", 0.1))
        print("body done, tasks running:", a.done(), b.done())
    print("after the block:", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 0.3))
            tg.create_task(job("d", 0.1, fail=True))
            tg.create_task(job("e", 0.2, fail=True))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as group:
        print("caught", [str(e) for e in group.exceptions], "cancelled:", sorted(cancelled))

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job("f", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
