# sys.exception() inside an except block that suspends (yield or await): other code running
# meanwhile does not see it, and the suspended frame sees (and re-raises) its own on resuming.
import sys
import asyncio

def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exception()
        yield sys.exception()
        raise

g = gen()
print(repr(next(g)))
print("outside:", sys.exception())
print(repr(next(g)))
try:
    next(g)
except KeyError as e:
    print("re-raised", repr(e))

async def a(log):
    try:
        raise ValueError("A")
    except ValueError:
        await asyncio.sleep(0.1)
        log.append(("A sees", repr(sys.exception())))
        try:
            raise
        except ValueError as e:
            log.append(("A reraised", repr(e)))

async def b(log):
    await asyncio.sleep(0.05)
    log.append(("B before", repr(sys.exception())))
    try:
        raise TypeError("B")
    except TypeError:
        await asyncio.sleep(0.1)
        log.append(("B sees", repr(sys.exception())))

async def main():
    log = []
    await asyncio.gather(a(log), b(log))
    for entry in log:
        print(*entry)
    print("main sees", sys.exception())

asyncio.run(main())
