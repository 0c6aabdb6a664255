# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__ and suppressed by
# a true result, return/break/continue leaving the block, several items, protocol errors.
class Suspend:
    def __await__(self):
        yield "suspended"


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Suspend()
        return self.name.upper()

    async def __aexit__(self, kind, value, tb):
        await Suspend()
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.suppress


def drive(coro):
    suspensions = 0
    try:
        while True:
            coro.send(None)
            suspensions += 1
    except StopIteration as stop:
        print("suspensions:", suspensions)
        return stop.value


async def basic():
    async with Resource("a") as got:
        print("body", got)
    return "basic done"

print(drive(basic()))


async def suppressed():
    async with Resource("b", suppress=True):
        raise ValueError("swallowed")
    return "after suppressed"

print(drive(suppressed()))


async def propagated():
    try:
        async with Resource("c"):
            raise KeyError("kept")
    except KeyError as e:
        return f"caught {e!r}"

print(drive(propagated()))


async def early_return():
    async with Resource("d") as d:
        return "returned " + d

print(drive(early_return()))


async def loops():
    out = []
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 2:
                break
            out.append(i)
    return out

print(drive(loops()))


async def several():
    async with Resource("x") as x, Resource("y") as y:
        print("inside", x, y)

drive(several())


class NoExit:
    async def __aenter__(self):
        return self


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class PlainEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


async def errors():
    for manager in [NoExit(), SyncOnly(), 5, PlainEnter()]:
        try:
            async with manager:
                print("not reached")
        except TypeError as e:
            print("TypeError:", e)

drive(errors())
