# Dates and times exercises: ages, countdowns, schedules, calendars and formatting (fixed dates only)
import calendar
from datetime import date, datetime, time, timedelta, timezone

today = date(2024, 2, 29)
birthdays = {"Ada": date(1815, 12, 10), "Alan": date(1912, 6, 23), "Grace": date(1906, 12, 9), "Leap": date(2000, 2, 29)}


def age_on(born, day):
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def next_birthday(born, day):
    for year in range(day.year, day.year + 5):
        try:
            candidate = born.replace(year=year)
        except ValueError:
            candidate = date(year, 3, 1)
        if candidate >= day:
            return candidate


for name, born in birthdays.items():
    nb = next_birthday(born, today)
    print(f"{name:<6} born {born:%d %b %Y} ({born:%A}), age {age_on(born, today):3d}, next birthday in {(nb - today).days:3d} days on {nb.isoformat()}")
print(calendar.isleap(2024), calendar.leapdays(1900, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 2, 29), calendar.day_name[3], calendar.month_name[2], calendar.month_abbr[12])
print(calendar.month(2024, 2))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2025, 1))
print(calendar.monthcalendar(2024, 3)[0], len(calendar.monthcalendar(2024, 3)))
start = datetime(2024, 3, 9, 22, 15)
for minutes in (30, 125, 24 * 60 + 5):
    end = start + timedelta(minutes=minutes)
    print(f"{start:%H:%M} + {minutes:4d} min = {end:%a %H:%M} ({end.isoformat(sep=' ')})")
delta = datetime(2025, 1, 1) - datetime(2024, 2, 29, 13, 30)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta))
hours, rem = divmod(delta.seconds, 3600)
print(f"{delta.days} days, {hours} hours, {rem // 60} minutes")
meeting = datetime(2024, 7, 4, 9, 30, tzinfo=timezone.utc)
print(meeting, meeting.astimezone(timezone(timedelta(hours=-5))), meeting.astimezone(timezone(timedelta(hours=5, minutes=30), "IST")))
print(meeting.strftime("%Y-%m-%d %H:%M %Z %z"), meeting.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(datetime.strptime("2024-03-15 14:05:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15/Mar/2024", "%d/%b/%Y").date())
print(date.fromisoformat("2024-12-25") - today, date(2024, 1, 1) + timedelta(weeks=10), (date(2024, 12, 31) - date(2024, 1, 1)).days + 1)
print(date(2024, 1, 1).isoweekday(), date(2024, 12, 30).isocalendar(), date(2024, 3, 15).strftime("%j %U %W"), date.min, date.max)
print(time(13, 5).strftime("%I:%M %p"), time(9, 5, 7, 250).isoformat(), time(23, 59) > time(0, 1), str(time(7)))
schedule = [date(2024, 1, 31) + timedelta(days=30 * i) for i in range(5)]
print([d.strftime("%b %d") for d in schedule])


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


print([add_months(date(2024, 1, 31), n).isoformat() for n in range(6)])
weekdays = [d for d in (date(2024, 5, 1) + timedelta(days=i) for i in range(31)) if d.weekday() < 5]
print(len(weekdays), weekdays[0], weekdays[-1])
fridays13 = [date(y, m, 13) for y in range(2024, 2027) for m in range(1, 13) if date(y, m, 13).weekday() == 4]
print([f.isoformat() for f in fridays13])
print(sorted(birthdays, key=birthdays.get), min(birthdays.values()), max(birthdays.items(), key=lambda kv: kv[1])[0])
print(timedelta(days=1, hours=25, minutes=-30), timedelta(seconds=-1), timedelta(hours=1) * 2.5, timedelta(days=7) / timedelta(hours=12), abs(timedelta(days=-2)))
print(datetime(2024, 2, 29).replace(year=2028), datetime.combine(date(2024, 1, 1), time(12)), datetime(2024, 5, 5, 5, 5, 5).timetuple()[:6])
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024/13/01", "%Y/%m/%d")
except ValueError as e:
    print("ValueError:", e)
