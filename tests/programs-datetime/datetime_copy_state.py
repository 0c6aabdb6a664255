# datetime objects through copy/deepcopy and __reduce__/__reduce_ex__ (CPython's byte states,
# fold kept from protocol 4), the byte-state constructors, module names, common idioms.
import copy
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone, tzinfo

d = datetime(2020, 5, 17, 13, 45, 30, 123, tzinfo=timezone(timedelta(hours=2), "X"))
for obj in (date(2020, 1, 2), d, time(1, 2, 3, 4, timezone.utc, fold=1), timedelta(1, 2, 3), timezone.utc,
            timezone(timedelta(hours=-1)), datetime(2020, 1, 1, fold=1), time(5)):
    c1, c2 = copy.copy(obj), copy.deepcopy(obj)
    print(repr(c1), c1 == obj, c2 == obj, type(c2).__name__, obj.__reduce__(), obj.__reduce_ex__(4))
print(date(b"\x07\xe4\x01\x02"), datetime(b"\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x07"), time(b"\x81\x02\x03\x00\x00\x04", timezone.utc))
print(repr(datetime(b"\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x07").fold), repr(time(b"\x81\x02\x03\x00\x00\x04").fold))
print(dt.MINYEAR, dt.MAXYEAR, dt.UTC, sorted(n for n in dir(dt) if not n.startswith("_") and n != "datetime_CAPI"))
print(datetime.__name__, datetime.__module__, datetime.__qualname__, date.__mro__, timezone.__mro__)
print(isinstance(timezone.utc, tzinfo), issubclass(datetime, date), str(type(date.today())))
print(f"{date(2020, 1, 5):%A, %d %B %Y}", "{:%H:%M}".format(time(9, 5)), "{0:%Y}".format(datetime(1999, 1, 1)))
print(d.strftime("%c | %x | %X | %j | %U | %w | %a | %b | %p | %I | %y | %G-W%V-%u | %e"))
print(date(2020, 1, 1) in {date(2020, 1, 1)}, datetime(2020, 1, 1) in {datetime(2020, 1, 1)}, min([datetime(2020, 1, 1), datetime(2019, 1, 1)]))
print((date(2024, 6, 1) - date(1990, 3, 15)).days // 365, timedelta(days=1, hours=2) // timedelta(minutes=1), str(timedelta(days=400, seconds=3661)))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()), timedelta(hours=1) * 2.5, timedelta(hours=1) / timedelta(minutes=7))
print(datetime(2020, 1, 1, 12).strftime("%I:%M %p"), date(2021, 2, 3).timetuple().tm_yday, date.max.toordinal(), datetime.max.isoformat())
print(datetime.fromisoformat("2024-02-29T23:59:59.999999+14:00").astimezone(timezone.utc))


class Eastern(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return "EST"

    def __repr__(self):
        return "Eastern()"


e = datetime(2020, 1, 1, tzinfo=Eastern())
print(e, repr(e), e.astimezone(timezone.utc), e.strftime("%Z %z"), copy.deepcopy(e).tzinfo, e.__reduce__()[1][1])
