# wait_for and asyncio.timeout (TimeoutError, the inner task cancelled), wait() with
# return_when, as_completed in both iteration styles, shield.
import asyncio


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(work("quick", 0.1), timeout=1))
    try:
        await asyncio.wait_for(work("slow", 2), timeout=0.5)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(work("no-limit", 0.1), None))
    try:
        async with asyncio.timeout(0.3) as cm:
            await work("in-block", 1)
    except TimeoutError:
        print("timeout block expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await work("fits", 0.2)
    print("fits; expired:", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.1)
            try:
                await work("rescheduled", 1)
            except asyncio.CancelledError:
                print("inner saw the cancellation")
                raise
    except TimeoutError as e:
        print("rescheduled timeout:", type(e.__cause__).__name__)

    tasks = [asyncio.create_task(work(n, d)) for n, d in [("w1", 0.3), ("w2", 0.1), ("w3", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))

    racers = [work(f"r{i}", d) for i, d in enumerate([0.3, 0.1, 0.2])]
    for next_done in asyncio.as_completed(racers):
        print("as_completed:", await next_done)
    racers = [asyncio.create_task(work(f"s{i}", d)) for i, d in enumerate([0.2, 0.3, 0.1])]
    async for finished in asyncio.as_completed(racers):
        print("async as_completed:", finished.result())

    protected = asyncio.create_task(work("protected", 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(protected), timeout=0.1)
    except TimeoutError:
        print("shield timed out; protected cancelled?", protected.cancelled())
    print(await protected)

asyncio.run(main())
