# datetime.fromisoformat and datetime.strptime: accepted forms and CPython's errors.
from datetime import datetime, date, timezone, timedelta


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for text in ("2020-01-01", "20200101", "2020-01-01T10", "2020-01-01 10:11", "2020-01-01T10:11:12",
             "2020-01-01T10:11:12.5", "2020-01-01T10:11:12.123", "2020-01-01T10:11:12.1234567",
             "2020-01-01T10:11:12,25", "20200101T101112", "2020-01-01T10:11:12Z", "2020-01-01T10:11+05:30",
             "2020-01-01T10:11:12-0800", "2020-01-01T10:11:12+01:02:03", "2020-01-01T10:11:12.1+01:02:03.5",
             "2020-W01", "2020-W01-3", "2020W013", "2020W01T10", "2020-W01-3T10:00", "2020-01-01x10:11",
             "2020-01-01T", "2020-01-01T1", "2020-1-1", "2020-01-01T10:1112", "2020-01-01T10:11:12.",
             "2020-01-01T10:11:12Z+", "2020-01-01T25:00", "2020-01-01T10:60", "2020-13-01", "2020-02-30",
             "2020-01-01T10:11:12+24:00", "", "2020", "2020-01-01T10:11:12 "):
    attempt("fromisoformat %r" % text, lambda: datetime.fromisoformat(text))

cases = [
    ("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"),
    ("04/03/20", "%d/%m/%y"),
    ("04/03/69", "%d/%m/%y"),
    ("04/03/68", "%d/%m/%y"),
    ("Tue Mar  3 05:06:07 2020", "%c"),
    ("03/04/20 05:06:07", "%x %X"),
    ("March 4 2020", "%B %d %Y"),
    ("mar 4 2020", "%b %d %Y"),
    ("THURSDAY 2020 10", "%A %Y %W"),
    ("Thu 2020 10", "%a %Y %U"),
    ("2020 0 0", "%Y %U %w"),
    ("2021 0 1", "%Y %W %u"),
    ("2020 366", "%Y %j"),
    ("2019 366", "%Y %j"),
    ("12 AM", "%I %p"),
    ("12 pm", "%I %p"),
    ("1 PM", "%I %p"),
    ("12", "%I"),
    ("5.123", "%S.%f"),
    ("5.1234567", "%S.%f"),
    ("+0530", "%z"),
    ("-05:30", "%z"),
    ("+01:30:15.5", "%z"),
    ("Z", "%z"),
    ("+0000 UTC", "%z %Z"),
    ("+0200 utc", "%z %Z"),
    ("GMT", "%Z"),
    ("2020 01 1", "%G %V %u"),
    ("2020 53 7", "%G %V %u"),
    ("2020 10%", "%Y %d%%"),
    ("a(b) 2020", "a(b) %Y"),
    ("2020    7", "%Y %m"),
    ("  2020", "%Y"),
    ("2020-13-01", "%Y-%m-%d"),
    ("2020-12-01x", "%Y-%m-%d"),
    ("2021-02-29", "%Y-%m-%d"),
    ("2020", "%Q"),
    ("2020", "%Y%"),
    ("+01:0030", "%z"),
    ("2020 01", "%G %V"),
    ("2020 01 1", "%Y %V %u"),
    ("2020 1", "%G %j"),
    ("2020 01", "%V %u"),
]
for data, fmt in cases:
    attempt("strptime %r %r" % (data, fmt), lambda: datetime.strptime(data, fmt))
attempt("strptime int", lambda: datetime.strptime(5, "%Y"))
attempt("strptime fmt int", lambda: datetime.strptime("5", 5))
print(datetime.strptime("2020-03-04T05:06:07.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z").astimezone(timezone.utc))

# Round trips through isoformat.
for value in (datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(2020, 2, 29, 12, 0, 0, 1000),
              datetime(2020, 2, 29, 12, tzinfo=timezone(timedelta(hours=-2, minutes=-15))),
              datetime(2020, 2, 29, 12, tzinfo=timezone(timedelta(seconds=-1, microseconds=1)))):
    text = value.isoformat()
    print(text, datetime.fromisoformat(text) == value, datetime.fromisoformat(str(value)) == value)
print(date.fromisoformat(date(345, 6, 7).isoformat()))
