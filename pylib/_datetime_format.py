"""The text side of pyx's datetime: ISO calendar dates, strftime's %z/%:z/%Z/%f, timestamps
and struct_time building (fromisoformat's parsers are in _datetime_iso.py). Results and messages follow CPython 3.13's C module.
"""

import math as _math
import time as _time
from _datetime_util import (tp_name, ymd_to_ordinal, ordinal_to_ymd, weekday_of_ordinal,
                            iso_week1_monday, is_leap, index, format_offset, MINYEAR, MAXYEAR)


def struct_time(year, month, day, hour, minute, second, dst):
    ordinal = ymd_to_ordinal(year, month, day)
    yday = ordinal - ymd_to_ordinal(year, 1, 1) + 1
    return _time.struct_time((year, month, day, hour, minute, second, weekday_of_ordinal(ordinal), yday, dst))


# --- Timestamps ---

def _check_number(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        return t
    return index(t)


def timestamp_seconds(t):
    """A timestamp floored to whole seconds (date.fromtimestamp)."""
    t = _check_number(t)
    if isinstance(t, float):
        if _math.isinf(t) or abs(t) >= 2.0 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(_math.floor(t))
    if abs(t) >= 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return t


def timestamp_split(t):
    """(seconds, microseconds) of a timestamp, the microseconds rounded half to even."""
    t = _check_number(t)
    if isinstance(t, int):
        return timestamp_seconds(t), 0
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    if us >= 1000000:
        us -= 1000000
        whole += 1.0
    elif us < 0:
        us += 1000000
        whole -= 1.0
    return timestamp_seconds(whole), int(us)


def check_time_t_year(tm):
    if not MINYEAR <= tm[0] <= MAXYEAR:
        raise ValueError("year %d is out of range" % tm[0])
    return tm


# --- ISO 8601 ---

def iso_calendar_to_ymd(year, week, day):
    year = index(year)
    week = index(week)
    day = index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        long_year = False
        if week == 53:
            jan1 = weekday_of_ordinal(ymd_to_ordinal(year, 1, 1))
            long_year = jan1 == 3 or (jan1 == 2 and is_leap(year))
        if not long_year:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return ordinal_to_ymd(iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# --- strftime ---

def wrap_strftime(obj, fmt, timetuple):
    """strftime with %z, %:z, %Z and %f filled in from obj, the rest left to time.strftime."""
    pieces = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 == n:
            pieces.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        if code == "z":
            pieces.append(format_offset(_utcoffset_of(obj), "").replace("%", "%%"))
        elif code == ":" and fmt[i + 2:i + 3] == "z":
            pieces.append(format_offset(_utcoffset_of(obj), ":"))
            i += 1
        elif code == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            pieces.append("" if name is None else name.replace("%", "%%"))
        elif code == "f":
            pieces.append("%06d" % getattr(obj, "microsecond", 0))
        else:
            pieces.append(fmt[i:i + 2])
        i += 2
    return _time.strftime("".join(pieces), timetuple)


def _utcoffset_of(obj):
    method = getattr(obj, "utcoffset", None)
    return method() if method is not None else None


def tz_type_error(value):
    return TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % tp_name(value))
