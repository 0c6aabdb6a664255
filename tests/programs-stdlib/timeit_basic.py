# timeit: strings and callables, setup, globals=, number=, repeat, autorange, a custom timer,
# and CPython's errors. Timings themselves vary, so the program prints what does not: counts,
# types, and results of a deterministic fake timer.
import timeit


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Ticks:
    """A timer advancing by one per reading: a timing is then the number of readings between."""

    def __init__(self):
        self.now = 0

    def __call__(self):
        self.now += 1
        return self.now


calls = []
t = timeit.timeit(lambda: calls.append(1), number=25)
print(type(t).__name__, t >= 0, len(calls))
counter = {"n": 0}
timeit.timeit("counter['n'] += 1", globals={"counter": counter}, number=7)
print(counter)
g = {"data": list(range(10))}
timeit.timeit("total = sum(data)", setup="data.append(10)", globals=g, number=3)
print(sorted(k for k in g if k != "__builtins__"), len(g["data"]))
r = timeit.repeat("x = 1 + 1", repeat=4, number=50)
print(len(r), all(isinstance(v, float) and v >= 0 for v in r))
print(timeit.timeit("pass", timer=Ticks(), number=10), timeit.repeat("pass", timer=Ticks(), repeat=3, number=1))
timer = timeit.Timer("y = x * 2", setup="x = 21", timer=Ticks())
print(timer.timeit(5), timer.repeat(2, 3))
steps = []
print(timeit.Timer("pass", timer=Ticks()).autorange(lambda n, s: steps.append((n, s))), steps[:3])
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
multi = timeit.Timer("for i in range(3):\n    acc.append(i)", setup="acc = []\nacc.append(-1)", timer=Ticks())
print(multi.timeit(2))
setup_calls = []
print(timeit.timeit(lambda: None, setup=lambda: setup_calls.append("s"), number=3) >= 0, setup_calls)


def work():
    return sum(range(100))


print(timeit.timeit(work, number=10) >= 0, timeit.timeit("work()", globals=globals(), number=10) >= 0)
print("inner" in globals(), "_stmt" in globals())

attempt("stmt type", lambda: timeit.Timer(5))
attempt("setup type", lambda: timeit.Timer("pass", 5))
attempt("syntax", lambda: timeit.timeit("x = (", number=1))
attempt("return", lambda: timeit.timeit("return 5", number=1))
attempt("break", lambda: timeit.timeit("break", number=1))
attempt("setup syntax", lambda: timeit.timeit("pass", setup="def", number=1))
attempt("name", lambda: timeit.timeit("undefined_name", number=1))
attempt("raises", lambda: timeit.timeit("1 / 0", number=1))
