# A call statement whose result is a coroutine that was already awaited prints no
# "never awaited" warning (only a fresh, dropped coroutine does).
import asyncio


async def co():
    return 1


c = co()
print(asyncio.run(c))


def same():
    return c


same()
print("no warning for an awaited coroutine")


async def agen():
    for i in range(3):
        yield i


async def main():
    return [x async for x in agen()]


print(asyncio.run(main()))
