async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()

async def main():
    async for item in aiter_items():
        print(item)
    results = [await f for f in tasks]
    gen = (x async for x in source() if await ok(x))
    await asyncio.sleep(0)
    async with a as b, c:
        pass
    async for x in y:
        pass
    else:
        pass
