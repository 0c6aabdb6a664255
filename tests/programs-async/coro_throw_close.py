# throw() and close() on coroutines suspended inside an await, try/finally around awaits.
class Suspend:
    """An awaitable that suspends once, handing `tag` to whoever drives the coroutine."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return sent


async def worker(log):
    try:
        while True:
            try:
                got = await Suspend("waiting")
                log.append(("got", got))
            except ValueError as e:
                log.append(("handled", str(e)))
    finally:
        log.append("cleanup")


log = []
c = worker(log)
print(c.send(None))
print(c.send(1))
print(c.throw(ValueError("bad value")))
print(c.send(2))
c.close()
print(log)
c.close()

async def stubborn():
    try:
        await Suspend("first")
    except GeneratorExit:
        await Suspend("again")

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def raiser():
    await Suspend(1)
    raise KeyError("k")


r = raiser()
r.send(None)
try:
    r.send(None)
except KeyError as e:
    print("KeyError", e)
try:
    r.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def thrown_out():
    await Suspend(0)

t = thrown_out()
t.send(None)
try:
    t.throw(IndexError("out"))
except IndexError as e:
    print("IndexError", e)

fresh = thrown_out()
try:
    fresh.throw(OSError("before start"))
except OSError as e:
    print("OSError", e)
try:
    fresh.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def stops():
    raise StopIteration("leak")

try:
    stops().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
