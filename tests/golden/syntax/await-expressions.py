async def f():
    await x
    y = await a + await b
    z = -await c
    w = await d ** 2
    return [await e async for e in g()]
