# asyncio.run closes the async generators started and not finished (loop.shutdown_asyncgens
# through the first-iteration hook), so their finally blocks run before run() returns.
import asyncio

holder = []


async def numbers(name):
    try:
        for i in range(10):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print(f"{name} finally")


async def main():
    kept = numbers("kept")
    print(await kept.__anext__())
    done = numbers("done")
    print([x async for x in done][:3])
    glob = numbers("global")
    holder.append(glob)
    print(await glob.asend(None), await glob.__anext__())
    print("main returns")

asyncio.run(main())
print("after run")
