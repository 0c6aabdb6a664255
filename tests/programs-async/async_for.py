# async for over objects with __aiter__/__anext__: StopAsyncIteration ends the loop, else
# runs after a loop that did not break, break/continue, nested loops, protocol errors.
class Suspend:
    def __await__(self):
        yield


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def main():
    async for n in Countdown(3):
        print("n =", n)
    else:
        print("else ran")
    async for n in Countdown(5):
        if n == 4:
            continue
        if n == 2:
            print("break at", n)
            break
        print("m =", n)
    else:
        print("not printed")
    pairs = []
    async for a in Countdown(2):
        async for b in Countdown(2):
            pairs.append((a, b))
    print(pairs)
    async for x, y in Pairs():
        print("unpacked", x, y)
    try:
        async for z in Failing():
            print("z =", z)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    return "done"


class Pairs:
    def __init__(self):
        self.items = [(1, "one"), (2, "two")]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


class Failing:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        return 10 // (2 - self.i)


print(drive(main()))


class NoAiter:
    pass


class AiterReturnsPlain:
    def __aiter__(self):
        return 5


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 3


async def errors():
    for thing in [1, NoAiter(), AiterReturnsPlain(), AnextNotAwaitable()]:
        try:
            async for _ in thing:
                pass
        except TypeError as e:
            print("TypeError:", e)

drive(errors())
