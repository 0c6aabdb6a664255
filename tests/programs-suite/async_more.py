# asyncio basics, async generators/comprehensions, recursion limits, string.Formatter bits, format_map
import asyncio, sys
async def work(n, log):
    log.append(f"start {n}")
    await asyncio.sleep(0)
    log.append(f"end {n}")
    return n * n
async def main():
    log = []
    r = await asyncio.gather(work(1, log), work(2, log), work(3, log))
    print(r, log)
    t = asyncio.create_task(work(4, log)); print(await t, t.done(), t.result())
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()], [x * 2 async for x in agen() if x])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError as e:
        print("timeout", type(e).__name__)
    q = asyncio.Queue()
    await q.put(1); await q.put(2); print(await q.get(), q.qsize())
    async with asyncio.Lock() as lk:
        print("locked")
    return "main done"
print(asyncio.run(main()))
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())
class Rec:
    def __repr__(self): return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print("repr recursion", e)
l = [1]; l.append(l); print(l, str(l))
d = {}; d[1] = d; print(d)
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
class Default(dict):
    def __missing__(self, k): return f"<{k}>"
print("{a} {b}".format_map(Default(a=1)))
import string
print(list(string.Formatter().parse("x{0}y{name!r:>4}z")), string.Formatter().format("{0}-{1}", "a", "b"))
print(f"{'nested {braces}'}", f"{{literal}}", f"{3:{'>'}{5}}", f"{'a' 'b'}", f"""{
    1 + 1
}""", f"{(lambda x: x * 2)(3)}", f"{'\\n'.join(['a', 'b'])!r}")
x = 42
print(f"{x = }", f"{x=:>6}", f"{x!r:^8}|", f"{x:#b}", f"{-x:_}", f"{x/7:.3}", f"{x:,.2f}", f"{'q'*3}", f"{[1, 2]!s}")
