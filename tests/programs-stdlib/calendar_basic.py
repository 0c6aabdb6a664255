# calendar: text calendars (month, year, other first weekdays and widths), the Calendar
# iterators, HTML output, names, leap years, weekday enums, timegm and CPython's errors.
import calendar


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(calendar.month(2024, 2))
print(calendar.month(2023, 12, 3, 2))
calendar.prmonth(1999, 9)
print(calendar.calendar(2024))
calendar.prcal(1900, 1, 1, 3, 4)
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 6, w=4))
print(tc.formatyear(2021, 2, 1, 2, 6))
print(repr(tc.formatweekheader(9)), repr(tc.formatweekheader(1)), repr(calendar.weekheader(2)))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.leapdays(1, 2025), calendar.leapdays(2025, 1900))
print(repr(calendar.weekday(2024, 7, 4)), calendar.weekday(2024, 7, 4), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2100, 2), calendar.monthrange(2000, 12))
print(calendar.monthcalendar(2024, 9))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), calendar.month_abbr[1:4], len(calendar.day_name))
print(calendar.MONDAY, repr(calendar.SUNDAY), calendar.JANUARY, repr(calendar.DECEMBER), calendar.Month(5).name, calendar.Day(2).name, calendar.mdays)
print(calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.EPOCH)
cal = calendar.Calendar(firstweekday=2)
print(cal.firstweekday, list(cal.iterweekdays()), list(cal.itermonthdays(2024, 1)))
print(list(cal.itermonthdays2(2024, 1))[:9], list(cal.itermonthdates(2024, 1))[:3])
print(list(calendar.Calendar().itermonthdays3(2024, 12))[-3:], list(calendar.Calendar().itermonthdays4(2025, 1))[:3])
print(calendar.Calendar(6).monthdatescalendar(2024, 5)[0], calendar.Calendar().monthdays2calendar(2024, 5)[-1])
print(len(calendar.Calendar().yeardayscalendar(2024)), len(calendar.Calendar().yeardatescalendar(2024, 4)), calendar.Calendar().yeardays2calendar(2024, 6)[1][0][0])
print(calendar.HTMLCalendar().formatmonth(2024, 2))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatyear(2023, 4)[:400])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 3), calendar.monthcalendar(2024, 3)[0])
calendar.setfirstweekday(0)
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
calendar.format(["x", "y"], 3, 1)

attempt("month 13", lambda: calendar.monthrange(2024, 13))
attempt("month 0", lambda: calendar.monthcalendar(2024, 0))
attempt("weekday 7", lambda: calendar.setfirstweekday(7))
attempt("weekday -1", lambda: calendar.setfirstweekday(-1))
attempt("day 32", lambda: calendar.weekday(2024, 1, 32))
attempt("formatmonth 13", lambda: calendar.month(2024, 13))
attempt("is ValueError", lambda: issubclass(calendar.IllegalMonthError, ValueError))
attempt("error attrs", lambda: (calendar.IllegalMonthError(14).month, calendar.IllegalWeekdayError(8).weekday))
