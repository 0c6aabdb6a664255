# close() of a generator suspended in `yield from`: the sub-generator gets GeneratorExit first,
# a plain iterator's close() is called if it has one, and a generator that yields instead of
# exiting is a RuntimeError.
def leaf(log):
    try:
        yield "leaf-1"
        yield "leaf-2"
    except GeneratorExit:
        log.append("leaf got GeneratorExit")
        raise
    finally:
        log.append("leaf finally")


def middle(log):
    try:
        result = yield from leaf(log)
        log.append(f"leaf returned {result}")
    except GeneratorExit:
        log.append("middle got GeneratorExit")
        raise


log = []
g = middle(log)
print(next(g))
g.close()
print(log, g.gi_running if hasattr(g, "gi_running") else None)
print(list(g))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def close(self):
        print("Countdown.close called at", self.n)


def wrap():
    yield from Countdown(5)


w = wrap()
print(next(w), next(w))
w.close()


def over_list():
    yield from [1, 2, 3]


o = over_list()
print(next(o))
o.close()
print("list iterator has no close: fine")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"


def outer():
    yield from stubborn()


s = outer()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "swallowed"


def outer2():
    value = yield from swallow()
    print("never printed", value)
    yield 2


t = outer2()
next(t)
t.close()
print("closed cleanly")
