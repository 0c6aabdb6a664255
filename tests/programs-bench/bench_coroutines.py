"""Generator-based coroutines: pipelines with send/throw/close, yield from delegation, a round-robin
scheduler and async/await driven by hand (own version of pyperformance's coroutines)."""
import types


def coroutine(fn):
    def start(*a, **kw):
        g = fn(*a, **kw)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start


@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += x
        count += 1
        avg = total / count


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()
        raise


@coroutine
def collector(out):
    try:
        while True:
            out.append((yield))
    finally:
        out.append("<closed>")


def sub_task(n):
    acc = 0
    for i in range(n):
        got = yield i
        if got:
            acc += got
    return acc


def delegator(results):
    while True:
        r = yield from sub_task(3)
        results.append(r)
        if len(results) >= 4:
            return sum(results)


def fib_coro(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []

    def spawn(self, name, gen):
        self.ready.append((name, gen))

    def run(self):
        steps = 0
        while self.ready:
            name, gen = self.ready.pop(0)
            try:
                v = next(gen)
                steps += 1
                if v is not None:
                    self.log.append(f"{name}:{v}")
                self.ready.append((name, gen))
            except StopIteration as e:
                self.log.append(f"{name} done {e.value}")
        return steps


def worker(n, step):
    total = 0
    for i in range(0, n, step):
        total += i
        yield i if i % 50 == 0 else None
    return total


@types.coroutine
def suspend(v):
    return (yield v)


async def compute(n):
    acc = 0
    for i in range(n):
        acc += await suspend(i)
    return acc


async def outer():
    a = await compute(5)
    b = await compute(3)
    return a * 100 + b


def drive(coro):
    val = None
    try:
        while True:
            got = coro.send(val)
            val = got * 2
    except StopIteration as e:
        return e.value


def main():
    a = averager()
    print([a.send(x) for x in (10, 20, 30, 40)])
    a.throw(ValueError)
    print(a.send(5), a.send(7))
    out = []
    g = grep("py", collector(out))
    for line in ["python", "java", "pypy", "rust", "cpython"] * 3:
        g.send(line)
    g.close()
    print(out)
    results = []
    d = delegator(results)
    seq = [next(d)]
    try:
        k = 0
        while True:
            k += 1
            seq.append(d.send(k))
    except StopIteration as e:
        print("delegator", seq, results, e.value)
    s = Scheduler()
    for i in range(5):
        s.spawn(f"w{i}", worker(200 + 37 * i, i + 1))
    steps = s.run()
    print("steps", steps, len(s.log), s.log[:6], s.log[-5:])
    print("fib", sum(fib_coro(300)) % 1000003)
    print("drive", drive(outer()))
    total = 0
    for _ in range(300):
        a = averager()
        for x in range(20):
            r = a.send(x)
        total += r
        a.close()
    print("averages", total)
    gen = fib_coro(10)
    print(next(gen), gen.gi_running, gen.gi_suspended)
    gen.close()
    print(gen.gi_suspended, list(gen))
    try:
        g2 = averager()
        g2.throw(KeyError("boom"))
    except KeyError as e:
        print("KeyError", e)


main()
