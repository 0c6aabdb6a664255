"""fromisoformat's parsers for pyx's datetime, following CPython 3.13's C parser step by step
(Modules/_datetimemodule.c: parse_isoformat_date, parse_hh_mm_ss_ff, parse_isoformat_time,
_find_isoformat_datetime_separator) so that the same strings are accepted, including its
leniencies: a date's fields are read by position with no end check beyond the overall length,
a fraction may follow any time field, digits after six fractional ones are dropped, and what
lies between a time and its UTC offset is not checked.

The text is handled as its UTF-8 bytes with a NUL after the end, as the C code sees it. Field
values are not range-checked here: the constructors raise their own errors afterwards.
"""

from _datetime_util import ymd_to_ordinal, ordinal_to_ymd, weekday_of_ordinal, iso_week1_monday, is_leap

_ZERO, _NINE = 48, 57


def _at(data, i):
    return data[i] if 0 <= i < len(data) else 0


def _digits(data, p, count):
    """(value, position after) of exactly `count` ASCII digits at p, or None."""
    value = 0
    for k in range(count):
        c = _at(data, p + k)
        if not _ZERO <= c <= _NINE:
            return None
        value = value * 10 + c - _ZERO
    return value, p + count


def _iso_to_ymd(year, week, day):
    """(year, month, day) of an ISO week date, or None where CPython's iso_to_ymd fails."""
    if not 1 <= year <= 9999:
        return None
    if week <= 0 or week >= 53:
        if week != 53:
            return None
        jan1 = weekday_of_ordinal(ymd_to_ordinal(year, 1, 1))
        if not (jan1 == 3 or (jan1 == 2 and is_leap(year))):
            return None
    if day <= 0 or day >= 8:
        return None
    ordinal = iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= ordinal <= 3652059:
        return None
    return ordinal_to_ymd(ordinal)


def parse_date(data, length):
    """(year, month, day) read from the start of data (length: the date part's), or None."""
    found = _digits(data, 0, 4)
    if found is None:
        return None
    year, p = found
    separator = _at(data, p) == 45  # '-'
    if separator:
        p += 1
    if _at(data, p) == 87:  # 'W': an ISO week date
        found = _digits(data, p + 1, 2)
        if found is None:
            return None
        week, p = found
        day = 1
        if p < length:
            if separator:
                if _at(data, p) != 45:
                    return None
                p += 1
            found = _digits(data, p, 1)
            if found is None:
                return None
            day = found[0]
        return _iso_to_ymd(year, week, day)
    found = _digits(data, p, 2)
    if found is None:
        return None
    month, p = found
    if separator:
        if _at(data, p) != 45:
            return None
        p += 1
    found = _digits(data, p, 2)
    if found is None:
        return None
    return year, month, found[0]


_CORRECTION = (100000, 10000, 1000, 100, 10)


def _clock(data, p, end):
    """(status, [hour, minute, second, microsecond]) of the time at data[p:end]: status 0 when
    it ended exactly, 1 when something follows, negative (fields None) on failure."""
    values = [0, 0, 0]
    has_separator = False
    for i in range(3):
        found = _digits(data, p, 2)
        if found is None:
            return -3, None
        values[i], p = found
        c = _at(data, p)
        p += 1
        if i == 0:
            has_separator = c == 58  # ':'
        if p >= end:
            return (1 if c != 0 else 0), values + [0]
        if has_separator and c == 58:
            continue
        if c == 46 or c == 44:  # '.' or ','
            break
        if not has_separator:
            p -= 1
        else:
            return -4, None
    remaining = end - p
    count = 6 if remaining >= 6 else remaining
    found = _digits(data, p, count)
    if found is None:
        return -3, None
    microsecond, p = found
    if 0 < count < 6:
        microsecond *= _CORRECTION[count - 1]
    while _ZERO <= _at(data, p) <= _NINE:
        p += 1
    return (1 if _at(data, p) != 0 else 0), values + [microsecond]


def parse_time(data, start):
    """([hour, minute, second, microsecond], offset) of the time from data[start:], the offset
    (seconds, microseconds) or None without one; None when invalid."""
    end = len(data)
    tz_at = start
    while True:
        if _at(data, tz_at) in (90, 43, 45):  # 'Z', '+', '-'
            break
        tz_at += 1
        if tz_at >= end:
            break
    status, fields = _clock(data, start, tz_at)
    if status < 0:
        return None
    if tz_at >= end:
        return None if status == 1 else (fields, None)
    if data[tz_at] == 90:
        return None if _at(data, tz_at + 1) != 0 else (fields, (0, 0))
    sign = -1 if data[tz_at] == 45 else 1
    status, tz = _clock(data, tz_at + 1, end)
    if status != 0:
        return None
    return fields, (sign * (tz[0] * 3600 + tz[1] * 60 + tz[2]), sign * tz[3])


def separator_position(data):
    """Where CPython guesses a datetime string's date ends (-1: cannot be valid)."""
    n = len(data)
    if n == 7:
        return 7
    if _at(data, 4) == 45:
        if _at(data, 5) == 87:
            if n < 8:
                return -1
            if n > 8 and _at(data, 8) == 45:
                if n == 9:
                    return -1
                if n > 10 and _ZERO <= _at(data, 10) <= _NINE:
                    return 8  # YYYY-Www-HH: a hyphen separator is likelier than a digit one
                return 10
            return 8
        return 10
    if _at(data, 4) == 87:
        idx = 7
        while idx < n and _ZERO <= data[idx] <= _NINE:
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def encode(text):
    return text.encode("utf-8", "surrogatepass")
