# A generator's gi_code and gi_frame (its line while suspended, None once finished) and
# inspect's getgeneratorstate / getgeneratorlocals / getcoroutinestate built on them.
import inspect


def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    yield "last"


g = counter(3)
print(g.gi_code.co_name, g.gi_code.co_firstlineno, g.gi_running)
print(inspect.getgeneratorstate(g), g.gi_frame is not None)
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_frame.f_back)
print(inspect.getgeneratorstate(g))
print(list(g))
print(inspect.getgeneratorstate(g), g.gi_frame, inspect.getgeneratorlocals(g))


def watcher():
    yield inspect.getgeneratorstate(w)


w = watcher()
print(next(w))


async def coro():
    return 1


c = coro()
print(c.cr_code.co_name, inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c))
