# A tiny event loop written with coroutines alone: tasks yield sleep requests through a
# chain of awaits, the loop orders wake-ups by (time, sequence), and results are collected.
class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ("sleep", self.delay)


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.results = {}

    def spawn(self, name, coro, at=0):
        self.queue.append((self.now + at, self.seq, name, coro))
        self.seq += 1

    def run(self):
        while self.queue:
            entry = min(self.queue)  # (time, sequence) are unique: coroutines are never compared
            self.queue.remove(entry)
            self.now, _, name, coro = entry
            try:
                request = coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.now}: {name} finished -> {stop.value!r}")
                continue
            kind, delay = request
            self.spawn(name, coro, delay)


async def step(name, delay):
    await Sleep(delay)
    return f"{name}+{delay}"


async def worker(name, delays):
    done = []
    for d in delays:
        done.append(await step(name, d))
        print(f"{name} woke after {d}")
    return done


loop = Loop()
loop.spawn("a", worker("a", [3, 1]))
loop.spawn("b", worker("b", [1, 1, 1]))
loop.spawn("c", worker("c", [2, 2]))
loop.run()
print(sorted(loop.results))
