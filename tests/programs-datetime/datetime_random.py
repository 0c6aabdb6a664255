# Random differential test of datetime against CPython: seeded random dates, times, deltas and
# offsets through strftime, isoformat/fromisoformat, isocalendar, arithmetic and timedelta's
# float constructor and division (random is CPython's Mersenne Twister under pyx too, so the
# same seed draws the same cases; the expected output is CPython 3.13's).
import random
from datetime import date, datetime, time, timedelta, timezone

random.seed(20241126)
DIRECTIVES = "aAbBcdfHIjmMpSUwWxXyYzZGuV%"
lines = []
for i in range(300):
    day = date.fromordinal(random.randint(1, 3652059))
    moment = datetime.combine(day, time(random.randrange(24), random.randrange(60), random.randrange(60),
                                        random.choice((0, random.randrange(10**6)))))
    if random.random() < 0.5:
        moment = moment.replace(tzinfo=timezone(timedelta(minutes=random.randint(-1439, 1439))))
    fmt = "".join("%" + random.choice(DIRECTIVES) + random.choice(("", " ", "-", ":", "T"))
                  for _ in range(random.randint(1, 5)))
    if moment.year < 1000:
        fmt = fmt.replace("%Y", "%m").replace("%G", "%m").replace("%c", "%x")  # glibc's unpadded years
    text = moment.strftime(fmt)
    iso = moment.isoformat(random.choice("T _"), random.choice(("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")))
    back = datetime.fromisoformat(iso)
    lines.append("%r %s | %s | %s %s %s %s" % (fmt, text, iso, back, day.isocalendar(), day.weekday(), moment.ctime()))
    delta = timedelta(days=random.uniform(-1e5, 1e5), seconds=random.uniform(-1e5, 1e5), microseconds=random.uniform(-1e6, 1e6))
    lines.append("%r %s %s %r" % (delta, delta * random.uniform(-3, 3), delta / random.choice((3, 7, -11, 2.5)), delta.total_seconds()))
    try:
        shifted = moment + delta
        lines.append("%s %s %s" % (shifted, shifted - moment == delta, (shifted - moment) // timedelta(minutes=7)))
    except OverflowError as e:
        lines.append("OverflowError %s" % e)
    if moment.tzinfo is not None:
        lines.append("%s %s" % (moment.astimezone(timezone.utc), moment.utctimetuple()[:6]))
    parsed = datetime.strptime(moment.strftime("%Y-%m-%d %H:%M:%S.%f"), "%Y-%m-%d %H:%M:%S.%f") if moment.year >= 1000 else None
    lines.append("%s" % (parsed == moment.replace(tzinfo=None) if parsed else None))
print("\n".join(lines))
