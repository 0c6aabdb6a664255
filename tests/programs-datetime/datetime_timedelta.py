# datetime.timedelta: normalisation (floats rounded as CPython), repr/str, arithmetic, errors.
from datetime import timedelta


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)))
print(repr(timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)))
print(repr(timedelta(days=1.5)), repr(timedelta(hours=-1.25)), repr(timedelta(seconds=1e-6)), repr(timedelta(seconds=0.5e-6)))
print(repr(timedelta(seconds=1.5e-6)), repr(timedelta(seconds=2.5e-6)), repr(timedelta(microseconds=-0.5)), repr(timedelta(microseconds=1.5)))
print(repr(timedelta(days=0.1, seconds=0.1, microseconds=0.1, milliseconds=0.1, minutes=0.1, hours=0.1, weeks=0.1)))
print(repr(timedelta(minutes=1 / 3)), repr(timedelta(weeks=-1 / 7)), repr(timedelta(True)))
for td in (timedelta(0), timedelta(1), timedelta(-1), timedelta(2, 3), timedelta(-3, microseconds=5),
           timedelta(hours=25), timedelta(seconds=-0.5), timedelta.max, timedelta.min, timedelta.resolution):
    print(str(td), "|", repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(days=2, hours=3), timedelta(hours=7, microseconds=9)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, 0.25 * a, a * -1.5)
print(a / b, a // b, a % b, divmod(a, b), a / 3, a / 2.5, a // 7, b / 7, b // -7)
print(timedelta(seconds=1) / 3, timedelta(seconds=2) / 3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(timedelta(microseconds=3) * 0.5, timedelta(microseconds=5) * 0.5, timedelta(microseconds=-3) * 0.5)
print(a > b, a < b, a == timedelta(seconds=183600), a != b, a >= a, b <= a, timedelta(0) == 0)
print(sorted([a, b, -a, timedelta(0)]), max(a, b), sum([a, b], timedelta()))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), len({timedelta(1), timedelta(hours=24), timedelta(2)}))
print(timedelta.max + timedelta.min, timedelta.min + timedelta.resolution * 0)

attempt("days overflow", lambda: timedelta(days=10**9))
attempt("negative overflow", lambda: timedelta(days=-10**9))
attempt("max + 1", lambda: timedelta.max + timedelta.resolution)
attempt("-min", lambda: -timedelta.min)
attempt("huge", lambda: timedelta(1) * 10**20)
attempt("str arg", lambda: timedelta("1"))
attempt("str seconds", lambda: timedelta(seconds="1"))
attempt("nan", lambda: timedelta(seconds=float("nan")))
attempt("inf", lambda: timedelta(seconds=float("inf")))
attempt("/ 0", lambda: a / 0)
attempt("// 0", lambda: a // 0)
attempt("/ zero delta", lambda: a / timedelta(0))
attempt("// zero delta", lambda: a // timedelta(0))
attempt("% zero delta", lambda: a % timedelta(0))
attempt("+ int", lambda: a + 1)
attempt("int +", lambda: 1 + a)
attempt("- int", lambda: a - 1)
attempt("* str", lambda: a * "x")
attempt("* delta", lambda: a * a)
attempt("% int", lambda: a % 2)
attempt("int /", lambda: 2 / a)
attempt("divmod int", lambda: divmod(a, 2))
attempt("* nan", lambda: a * float("nan"))
