"""The text side of pyx's datetime: ISO 8601 parsing (fromisoformat), strftime's %z/%:z/%Z/%f,
timestamps and struct_time building. Results and messages follow CPython 3.13's C module.
"""

import math as _math
import time as _time
from _datetime_util import (tp_name, ymd_to_ordinal, ordinal_to_ymd, weekday_of_ordinal,
                            iso_week1_monday, is_leap, index, format_offset, MINYEAR, MAXYEAR)

_DIGITS = "0123456789"


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

def _digits(text, start, count):
    """The int of text[start:start+count] when all are ASCII digits, else None."""
    part = text[start:start + count]
    if len(part) != count:
        return None
    for ch in part:
        if ch not in _DIGITS:
            return None
    return int(part)


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


def parse_iso_date(text):
    """(year, month, day) of a whole ISO date (YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]), else None."""
    n = len(text)
    year = _digits(text, 0, 4)
    if year is None:
        return None
    extended = n > 4 and text[4] == "-"
    pos = 5 if extended else 4
    if n > pos and text[pos] == "W":
        week = _digits(text, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        if n > pos:
            if extended:
                if text[pos] != "-":
                    return None
                pos += 1
            day = _digits(text, pos, 1)
            if day is None or n != pos + 1:
                return None
        try:
            return iso_calendar_to_ymd(year, week, day)
        except ValueError:
            return None
    month = _digits(text, pos, 2)
    pos += 2
    if month is None:
        return None
    if extended:
        if n <= pos or text[pos] != "-":
            return None
        pos += 1
    day = _digits(text, pos, 2)
    if day is None or n != pos + 2:
        return None
    return year, month, day


def iso_date_length(text):
    """How many leading characters of an ISO datetime string are its date (CPython's guess)."""
    n = len(text)
    if n == 7:
        return 7
    if text[4] == "-":
        if text[5:6] != "W":
            return 10
        if n > 8 and text[8] == "-":
            if n > 10 and text[10] in _DIGITS:
                return 8  # YYYY-Www-HH...: a hyphen separator is likelier than a digit
            return 10
        return 8
    if text[4] == "W":
        end = 7
        while end < n and text[end] in _DIGITS:
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_clock(text, start, end):
    """[hour, minute, second, microsecond] of text[start:end] (HH[:MM[:SS[.f+]]], or without
    colons), else None. Fractions beyond microseconds are dropped."""
    fields = [0, 0, 0, 0]
    pos = start
    colons = None
    for i in range(3):
        value = _digits(text, pos, 2)
        if value is None or pos + 2 > end:
            return None
        fields[i] = value
        pos += 2
        if pos == end:
            return fields
        ch = text[pos]
        if i < 2 and ch == ":":
            if colons is False:
                return None
            colons = True
            pos += 1
        elif i < 2 and ch in _DIGITS:
            if colons:
                return None
            colons = False
        elif i == 2 and ch in ".,":
            pos += 1
            break
        else:
            return None
    else:
        return None
    digits = 0
    us = 0
    while pos < end and text[pos] in _DIGITS:
        if digits < 6:
            us = us * 10 + int(text[pos])
            digits += 1
        pos += 1
    if digits == 0 or pos != end:
        return None
    fields[3] = us * 10 ** (6 - digits)
    return fields


def parse_iso_time(text):
    """(hour, minute, second, microsecond, offset) of an ISO time with an optional Z or
    ±HH[:MM[:SS[.ffffff]]] offset (a timedelta, or None when there is none), else None."""
    from _datetime_delta import timedelta
    end = len(text)
    tz_at = end
    for i in range(len(text)):
        if text[i] in "+-Z":
            tz_at = i
            break
    clock = _parse_clock(text, 0, tz_at)
    if clock is None:
        return None
    offset = None
    if tz_at < end:
        if text[tz_at] == "Z":
            if tz_at + 1 != end:
                return None
            offset = timedelta(0)
        else:
            tz = _parse_clock(text, tz_at + 1, end)
            if tz is None:
                return None
            sign = -1 if text[tz_at] == "-" else 1
            seconds = sign * (tz[0] * 3600 + tz[1] * 60 + tz[2])
            # CPython makes a zero whole-second offset UTC, dropping its microseconds.
            offset = timedelta(seconds=seconds, microseconds=sign * tz[3]) if seconds else timedelta(0)
    return clock[0], clock[1], clock[2], clock[3], offset


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
