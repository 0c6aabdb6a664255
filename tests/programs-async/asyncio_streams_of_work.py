# A realistic pipeline: async generators feeding a bounded queue, a pool of workers with a
# semaphore-limited "fetch", results gathered in order, an async comprehension over an
# async generator with awaits inside, and per-stage timing on the loop's clock.
import asyncio


async def urls(n):
    for i in range(n):
        # 17 ms apart: no page arrives within 7 ms of a fetch ending (CPython's real clock
        # would order such near-ties by its own overhead, differently from run to run).
        await asyncio.sleep(0.017)
        yield f"https://example.test/page/{i}"


async def fetch(url, limit):
    async with limit:
        size = len(url) * 10 + int(url.rsplit("/", 1)[1])
        await asyncio.sleep(0.05 * (size % 3 + 1))
        return size


async def worker(name, queue, results, limit):
    while True:
        index, url = await queue.get()
        try:
            results[index] = (name, await fetch(url, limit))
        finally:
            queue.task_done()


async def crawl(n, workers):
    queue = asyncio.Queue(maxsize=3)
    results = {}
    limit = asyncio.Semaphore(2)
    pool = [asyncio.create_task(worker(f"w{i}", queue, results, limit)) for i in range(workers)]
    index = 0
    async for url in urls(n):
        await queue.put((index, url))
        index += 1
    await queue.join()
    for task in pool:
        task.cancel()
    await asyncio.gather(*pool, return_exceptions=True)
    return [results[i] for i in range(n)]


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    pages = await crawl(8, 3)
    print(pages)
    print("crawl took at least 0.4 s of loop time:", loop.time() - start >= 0.4)
    print([s async for s in squares(5) if s % 2 == 0])
    total = sum([await asyncio.sleep(0.01, s) async for s in squares(4)])
    print("total", total)
    print("the clock only moves forward:", loop.time() >= start)

asyncio.run(main())
