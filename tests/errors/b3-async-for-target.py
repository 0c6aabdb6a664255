async def f():
    async for 1 in x:
        pass
