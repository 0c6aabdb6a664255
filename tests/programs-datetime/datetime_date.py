# datetime.date: constructors and their errors, ordinals, ISO calendar, formatting, arithmetic.
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isoformat(), str(d), d.ctime(), d.timetuple())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(date(2024, 2, 28) < d, d <= d, d == date(2024, 2, 29), d != d, d > date(2023, 12, 31))
print(d + timedelta(days=1), timedelta(days=366) + d, d - timedelta(days=60), d - date(2000, 1, 1))
print(d + timedelta(hours=47), d - timedelta(seconds=1))
print(d.replace(day=1), d.replace(year=2025, day=28), date.fromordinal(1), date.fromordinal(738000))
print(date.fromisoformat("2020-12-31"), date.fromisoformat("20201231"), date.fromisoformat("2021-W01-1"))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2015, 1, 1))
print(format(d, "%d/%m/%Y (%A %B %j)"), f"{d}", f"{d:%y%m%d}", d.strftime("%a %b %U %W %w %%"))
print(sorted([date(2020, 5, 1), date(1999, 1, 1), date(2020, 1, 5)]), max(date(1, 1, 1), date(9999, 1, 1)))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}), {date(2020, 1, 1): "x"}[date(2020, 1, 1)])
print(type(d) is date, isinstance(d, date), type(d).__name__, date.__module__, datetime.date is date)
today = date.today()
print(isinstance(today, date), today.year >= 2024, today - today)
print(date.fromtimestamp(0), date.fromtimestamp(86400 * 365.75))

# Every ordinal of a few 400-year cycles' edges round-trips, and weekdays advance by one.
errors = 0
for start in (1, 146096, 146097, 730119, 3652059 - 800):
    for n in range(start, start + 800):
        x = date.fromordinal(n)
        if x.toordinal() != n or (x + timedelta(1)).toordinal() != n + 1 or x.weekday() != (n + 6) % 7:
            errors += 1
print("ordinal errors:", errors)
weeks = [date(y, 12, 28).isocalendar().week for y in range(1990, 2031)]
print("ISO weeks in year:", weeks)
print([date(y, 1, 1).isocalendar() for y in (2004, 2005, 2008, 2010, 2021)])

attempt("year 0", lambda: date(0, 1, 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("month 13", lambda: date(2020, 13, 1))
attempt("Feb 30", lambda: date(2020, 2, 30))
attempt("Feb 29 2100", lambda: date(2100, 2, 29))
attempt("str year", lambda: date("2020", 1, 1))
attempt("float year", lambda: date(2020.0, 1, 1))
attempt("missing day", lambda: date(2020, 1))
attempt("missing all", lambda: date())
attempt("overflow", lambda: date.max + timedelta(1))
attempt("underflow", lambda: date.min - timedelta(1))
attempt("date + int", lambda: d + 1)
attempt("int + date", lambda: 1 + d)
attempt("date - int", lambda: d - 1)
attempt("date + date", lambda: d + d)
attempt("fromordinal 0", lambda: date.fromordinal(0))
attempt("fromisoformat bad", lambda: date.fromisoformat("2020-1-01"))
attempt("fromisoformat type", lambda: date.fromisoformat(20200101))
attempt("fromisoformat time", lambda: date.fromisoformat("2020-01-01T00:00"))
attempt("fromisoformat day", lambda: date.fromisoformat("2021-02-29"))
attempt("isocalendar week", lambda: date.fromisocalendar(2021, 53, 1))
attempt("isocalendar day", lambda: date.fromisocalendar(2021, 5, 0))
attempt("isocalendar year", lambda: date.fromisocalendar(0, 5, 1))
attempt("replace", lambda: d.replace(month=0))
attempt("format type", lambda: d.__format__(1))
attempt("== int", lambda: d == 5)
attempt("unhashable-free", lambda: hash(d) == hash(date(2024, 2, 29)))


class Day(date):
    def describe(self):
        return "Day %s" % self.isoformat()


s = Day(2020, 1, 31)
print(repr(s), s.describe(), type(s + timedelta(1)).__name__, type(Day.fromordinal(5)).__name__, s == date(2020, 1, 31))
print(type(Day.fromisoformat("2020-02-02")).__name__, Day.today() >= date(2024, 1, 1))
