# Coroutines: await is get_awaitable + the delegate_send loop; async for ends on
# StopAsyncIteration (end_async_for); async with awaits __aenter__/__aexit__.
async def fetch(x):
    return await x

async def ticker(n):
    for i in range(n):
        yield i

async def main(source, lock):
    async with lock as held:
        async for item in source:
            print(item, held)
    return [y async for y in ticker(2)]
