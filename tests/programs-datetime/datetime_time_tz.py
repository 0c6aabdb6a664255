# datetime.time and datetime.timezone: reprs, isoformat, comparisons, hashing, errors.
from datetime import time, timezone, timedelta, datetime, UTC


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for t in (time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 5),
          time(23, 59, 59, 999999, UTC), time(12, tzinfo=timezone(timedelta(hours=-3)), fold=1)):
    print(repr(t), str(t), t.isoformat("minutes"), t.isoformat("milliseconds"), t.utcoffset(), t.tzname(), bool(t))
print(time.min, time.max, repr(time.resolution), time(9).replace(minute=30), time(9, tzinfo=UTC).replace(tzinfo=None))
print(time(13, 5, 7).strftime("%H:%M:%S %I %p %Y-%m-%d %j %f %z"), format(time(1, 2), ""), f"{time(4, 5):%H.%M}")
print(time(1) < time(2), time(1, tzinfo=UTC) == time(2, tzinfo=timezone(timedelta(hours=1))), time(5) == time(5, 0, 0, 0))
print(time(1) == time(1, tzinfo=UTC), time(1) != time(1, tzinfo=UTC), time(1) == 1)
print(hash(time(1, tzinfo=UTC)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))), len({time(1), time(1, 0), time(1, 1)}))
print(sorted([time(5), time(1, 30), time(23)]))
print(time.fromisoformat("10:11"), time.fromisoformat("T101112"), time.fromisoformat("10:11:12.5+01:00"), time.fromisoformat("23:59:59,999999Z"))
print(repr(time.fromisoformat("01:02:03.1234567")), repr(time.fromisoformat("04:05:06-0130")))

for tz in (UTC, timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "Z0"), timezone(timedelta(hours=5, minutes=45)),
           timezone(timedelta(hours=-5, minutes=-30), "X"), timezone(timedelta(seconds=1)), timezone(-timedelta(microseconds=1)),
           timezone.min, timezone.max):
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(UTC is timezone.utc, timezone(timedelta(0)) is UTC, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "one"))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=2)), timezone(timedelta(hours=1)) == 1)
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "x")), UTC.utcoffset(datetime(2020, 1, 1)))

attempt("hour", lambda: time(24))
attempt("minute", lambda: time(1, 60))
attempt("second", lambda: time(1, 1, -1))
attempt("microsecond", lambda: time(1, 1, 1, 10**6))
attempt("fold", lambda: time(fold=-1))
attempt("float", lambda: time(1.5))
attempt("tzinfo", lambda: time(tzinfo="UTC"))
attempt("naive < aware", lambda: time(1) < time(1, tzinfo=UTC))
attempt("timespec", lambda: time(1).isoformat("bad"))
attempt("fromisoformat", lambda: time.fromisoformat("10:11:12 "))
attempt("fromisoformat empty", lambda: time.fromisoformat(""))
attempt("fromisoformat minute", lambda: time.fromisoformat("10:61"))
attempt("fromisoformat type", lambda: time.fromisoformat(5))
attempt("timezone 24h", lambda: timezone(timedelta(hours=24)))
attempt("timezone -24h", lambda: timezone(-timedelta(hours=24)))
attempt("timezone int", lambda: timezone(5))
attempt("timezone name", lambda: timezone(timedelta(hours=1), 5))
attempt("utcoffset arg", lambda: UTC.utcoffset(5))
attempt("tzname arg", lambda: UTC.tzname("x"))
attempt("format", lambda: time(1).__format__(None))
