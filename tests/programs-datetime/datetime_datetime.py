# datetime.datetime: constructors, aware/naive arithmetic and comparisons, timestamps, views.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


dt = datetime(2024, 3, 10, 14, 5, 9, 250)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.isoformat(timespec="milliseconds"))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(2020, 1, 1, fold=1)))
print(dt.date(), dt.time(), repr(dt.timetz()), dt.ctime(), dt.timetuple(), dt.weekday(), dt.toordinal())
print(dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold, dt.utcoffset(), dt.dst(), dt.tzname())
print(datetime.min, datetime.max, repr(datetime.resolution), isinstance(dt, date), issubclass(datetime, date))
print(dt + timedelta(hours=10), dt - timedelta(days=400, microseconds=251), dt - datetime(2024, 1, 1))
print(datetime(2020, 1, 1) - datetime(2020, 1, 1, 0, 0, 0, 1), timedelta(1) + dt)
print(dt.replace(hour=0, microsecond=0), dt.replace(tzinfo=UTC), datetime.combine(date(2020, 2, 2), time(3, 4)))
print(datetime.combine(date(2020, 2, 2), time(3, 4, tzinfo=UTC)), datetime.combine(dt, time(1), tzinfo=timezone(timedelta(hours=2))))
print(datetime.fromordinal(730000), datetime.fromisocalendar(2020, 1, 1), datetime.fromtimestamp(0, UTC))
print(datetime.fromtimestamp(1700000000.123456, timezone.utc), datetime.fromtimestamp(1.5e9 + 0.0000005, UTC))
print(datetime.fromtimestamp(-1.25, UTC), datetime.fromtimestamp(1234567890, timezone(timedelta(hours=-8), "PST")))
print(datetime(2001, 9, 9, 1, 46, 40, tzinfo=UTC).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp())

east = timezone(timedelta(hours=5, minutes=30))
west = timezone(timedelta(hours=-7), "MST")
a = datetime(2024, 6, 1, 12, 0, tzinfo=east)
b = datetime(2024, 6, 1, 0, 30, tzinfo=west)
print(a, b, a - b, b - a, a < b, a == a.astimezone(UTC), a.astimezone(west), b.astimezone(UTC))
print(a.utcoffset(), b.tzname(), a.tzname(), b.utctimetuple(), a.timetuple().tm_isdst)
print(a.strftime("%Y-%m-%d %H:%M:%S %z %:z %Z %f"), b.strftime("%z|%Z|%%z"), datetime(2020, 1, 1).strftime("[%z][%Z]"))
print(hash(a) == hash(a.astimezone(UTC)), len({a, a.astimezone(UTC), a.astimezone(west)}), a == datetime(2024, 6, 1, 12))
print(sorted([b, a, a.astimezone(west)]), max(a, b))
now = datetime.now()
print(isinstance(now, datetime), now.year >= 2024, datetime.now(UTC).tzinfo, datetime.now(tz=east).utcoffset())
print(abs(datetime.now(UTC) - datetime.now().astimezone()) < timedelta(seconds=5), datetime.today().tzinfo)


class Fixed(tzinfo):
    """A user time zone: one fixed offset and a DST of zero."""

    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


tokyo = Fixed(540, "JST")
c = datetime(2024, 1, 1, 9, tzinfo=tokyo)
print(c, repr(c.tzinfo.name), c.astimezone(UTC), c.utcoffset(), c.dst(), c.tzname(), c.timetuple().tm_isdst)
print(UTC.fromutc(datetime(2024, 1, 1, tzinfo=UTC)), tokyo.fromutc(datetime(2024, 1, 1, tzinfo=tokyo)))
print(datetime(2024, 1, 1, tzinfo=UTC).astimezone(tokyo), c - datetime(2024, 1, 1, tzinfo=UTC))

attempt("hour 24", lambda: datetime(2020, 1, 1, 24))
attempt("second 60", lambda: datetime(2020, 1, 1, 0, 0, 60))
attempt("microsecond", lambda: datetime(2020, 1, 1, microsecond=-1))
attempt("fold 2", lambda: datetime(2020, 1, 1, fold=2))
attempt("tzinfo int", lambda: datetime(2020, 1, 1, tzinfo=1))
attempt("missing", lambda: datetime(2020, 1))
attempt("naive < aware", lambda: datetime(2020, 1, 1) < a)
attempt("naive == aware", lambda: datetime(2020, 1, 1) == a)
attempt("naive - aware", lambda: datetime(2020, 1, 1) - a)
attempt("datetime - date", lambda: dt - date(2020, 1, 1))
attempt("date - datetime", lambda: date(2020, 1, 1) - dt)
attempt("datetime == date", lambda: dt == date(2024, 3, 10))
attempt("datetime + int", lambda: dt + 1)
attempt("overflow", lambda: datetime.max + timedelta(microseconds=1))
attempt("combine", lambda: datetime.combine(1, time()))
attempt("combine 2", lambda: datetime.combine(date.today(), 1))
attempt("astimezone", lambda: a.astimezone(5))
attempt("isoformat sep", lambda: dt.isoformat("--"))
attempt("timespec", lambda: dt.isoformat(timespec="nanoseconds"))
attempt("tzinfo base", lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset())
attempt("fromutc", lambda: UTC.fromutc(datetime(2020, 1, 1)))
attempt("fromutc type", lambda: UTC.fromutc(date(2020, 1, 1)))
attempt("timestamp nan", lambda: datetime.fromtimestamp(float("nan")))
attempt("timestamp str", lambda: datetime.fromtimestamp("0"))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 60

    def tzname(self, dt):
        return 60

    def dst(self, dt):
        return timedelta(hours=24)


attempt("bad utcoffset", lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset())
attempt("bad tzname", lambda: datetime(2020, 1, 1, tzinfo=Bad()).tzname())
attempt("bad dst", lambda: datetime(2020, 1, 1, tzinfo=Bad()).dst())


class Stamp(datetime):
    pass


s = Stamp(2020, 5, 5, 5)
print(repr(s), type(s + timedelta(1)).__name__, type(Stamp.now()).__name__, type(s - timedelta(1)).__name__)
print(type(Stamp.fromisoformat("2020-01-01")).__name__, type(s.replace(year=2000)).__name__, s.date(), repr(s.time()))
