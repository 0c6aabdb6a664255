"""Calendar arithmetic and argument checks shared by pyx's datetime modules.

Ordinals count days from 0001-01-01 (ordinal 1, a Monday) in the proleptic Gregorian
calendar, as datetime.date.toordinal() does. Error texts are those of CPython 3.13's C
module (_datetimemodule.c), which is the one CPython programs actually run.
"""

import operator as _operator

MINYEAR = 1
MAXYEAR = 9999
MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# _DAYS_BEFORE_MONTH[m]: days of a common year before month m's first day.
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# The exact types CPython names `datetime.X` in messages (its static types' tp_name); a
# subclass is named by its own __name__, as a heap type's tp_name is.
_QUALIFIED = {}


def tp_name(obj):
    cls = type(obj)
    return _QUALIFIED.get(cls) or cls.__name__


def qualify(cls):
    _QUALIFIED[cls] = "datetime." + cls.__name__
    cls.__module__ = "datetime"
    return cls


def is_builtin_value(obj):
    """True for values of builtin types, whose reflected operators never handle datetime objects."""
    return type(obj).__module__ == "builtins"


def arg_type_name(obj):
    """A wrong argument's type as CPython's argument-parsing messages name it ('None' for None)."""
    return "None" if obj is None else tp_name(obj)


def is_unhandled(obj):
    """True for values whose reflected operators cannot take a datetime object: builtin
    values, and this module's own exact types (which raise CPython's message themselves)."""
    return type(obj).__module__ == "builtins" or type(obj) in _QUALIFIED


def binop_error(op, left, right):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, tp_name(left), tp_name(right)))


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def ymd_to_ordinal(year, month, day):
    # days_before_year and is_leap inlined: this runs in every date arithmetic.
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        days += 1
    return days


# Days in 400, 100 and 4 years of the Gregorian cycle.
_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461


def ordinal_to_ymd(n):
    """(year, month, day) of ordinal n (1 <= n <= MAX_ORDINAL)."""
    n -= 1
    cycles400, n = divmod(n, _DI400Y)
    year = cycles400 * 400 + 1
    # Within a 400-year cycle: 100-year blocks of 36524 days, except that the last block is
    # a day longer (its final year is a leap year); the same shape repeats for 4-year blocks.
    cycles100, n = divmod(n, _DI100Y)
    cycles4, n = divmod(n, _DI4Y)
    years1, n = divmod(n, 365)
    year += cycles100 * 100 + cycles4 * 4 + years1
    if years1 == 4 or cycles100 == 4:
        return year - 1, 12, 31  # the extra day of a leap year closing a 4- or 400-year block
    leap = years1 == 3 and (cycles4 != 24 or cycles100 == 3)
    month = (n + 50) >> 5  # an estimate that is right or one too high
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - before + 1


def weekday_of_ordinal(n):
    return (n + 6) % 7


def iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of year (the week holding January 4)."""
    jan4 = days_before_year(year) + 4
    return jan4 - weekday_of_ordinal(jan4)


def index(value):
    """operator.index with CPython's message for the date/time fields."""
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _operator.index(value)


def check_date_fields(year, month, day):
    year = index(year)
    month = index(month)
    day = index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def check_time_fields(hour, minute, second, microsecond, fold):
    hour = index(hour)
    minute = index(minute)
    second = index(second)
    microsecond = index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def missing_arg(name, pos):
    return TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def divide_nearest(a, b):
    """a / b rounded to the nearest integer, ties to even (CPython's divide_nearest)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        if twice > b or (twice == b and q % 2 == 1):
            q += 1
    elif twice < b or (twice == b and q % 2 == 1):
        q += 1
    return q


def format_offset(offset, sep):
    """'+HH:MM' (':SS' and '.ffffff' only when non-zero) for a utcoffset, '' for None."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")
