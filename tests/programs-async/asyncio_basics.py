# asyncio.run, sleep ordering (virtual time must order as CPython's real clock does), tasks
# starting on the next loop iteration, sleep(0) interleaving, task names across runs.
import asyncio

log = []


async def ticker(name, n, delay):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(delay)
    return f"{name} done"


async def zero(name):
    for i in range(3):
        log.append(f"{name}-{i}")
        await asyncio.sleep(0)


async def main():
    print("main starts", asyncio.current_task().get_name())
    a = asyncio.create_task(ticker("a", 3, 0.3))
    b = asyncio.create_task(ticker("b", 4, 0.25))
    log.append("tasks created")
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    print(await a, await b)
    print(log)
    log.clear()
    await asyncio.gather(zero("x"), zero("y"), zero("z"))
    print(log)
    loop = asyncio.get_running_loop()
    print(loop.is_running())
    return "main result"


print(asyncio.run(main()))


async def second():
    return asyncio.current_task().get_name()

print(asyncio.run(second()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print), asyncio.iscoroutinefunction(lambda: 0))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    coro = second()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(nested())


async def fractions():
    order = []

    async def at(label, delay):
        await asyncio.sleep(delay)
        order.append(label)

    # 0.7 + 0.1 is 0.7999999999999999 in floats, yet CPython wakes "late" after "early".
    async def chain():
        await asyncio.sleep(0.7)
        await at("late", 0.1)

    await asyncio.gather(chain(), at("early", 0.8), at("first", 0.3), at("tie1", 0.5), at("tie2", 0.5))
    print(order)

asyncio.run(fractions())
