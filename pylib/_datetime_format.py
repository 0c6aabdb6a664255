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
        if code in _GLIBC_FLAGS or code.isdigit() or code in "EOC":  # %C: pyx's time.strftime pads it to 2
            end, text = _glibc_directive(fmt, i + 1, timetuple)
            pieces.append(text.replace("%", "%%"))
            i = end
            continue
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


# glibc's strftime (which CPython calls on Linux) takes flags and a field width between '%' and
# the conversion: '-' no padding, '_' space padding, '0' zero padding, '^' upper case, '#'
# swapped case; E and O select the locale's alternatives, the same in the C locale. pyx's
# time.strftime knows none of them, so such directives are rendered here.
_GLIBC_FLAGS = "-_0^#"
# Numeric conversions: their default width and padding character.
_NUMERIC = {"d": (2, "0"), "e": (2, " "), "H": (2, "0"), "I": (2, "0"), "k": (2, " "), "l": (2, " "),
            "j": (3, "0"), "m": (2, "0"), "M": (2, "0"), "S": (2, "0"), "y": (2, "0"), "Y": (1, "0"),
            "C": (1, "0"), "G": (1, "0"), "g": (2, "0"), "U": (2, "0"), "V": (2, "0"), "W": (2, "0"),
            "u": (1, "0"), "w": (1, "0")}
_ALPHA = "aAbBhpPZ"
_REJECT_E = "deHIkljmMSUVWwGgbBh"  # the conversions glibc refuses an E modifier on (besides aADF)
_COMPOSITE = "cxXDFTRrnt%"


def _glibc_directive(fmt, at, timetuple):
    """(index after the directive, its text) for the flagged directive whose flags start at `at`."""
    start = at - 1
    flag = ""
    while at < len(fmt) and fmt[at] in _GLIBC_FLAGS:
        flag = fmt[at]
        at += 1
    width_start = at
    while at < len(fmt) and fmt[at].isdigit():
        at += 1
    width = int(fmt[width_start:at]) if at > width_start else None
    modifier = ""
    if at < len(fmt) and fmt[at] in "EO":
        modifier = fmt[at]
        at += 1
    if at >= len(fmt):
        return at, fmt[start:at]
    conv = fmt[at]
    at += 1
    if modifier and (conv in "aADF" or conv in (_REJECT_E if modifier == "E" else "cxXY")):
        # glibc copies a directive it rejects (upper-cased under '^', padded to the width).
        text = fmt[start:at].upper() if flag == "^" else fmt[start:at]
        return at, text.rjust(width or 0, "0" if flag == "0" else " ")
    if conv in _NUMERIC:
        raw = _time.strftime("%" + conv, timetuple)
        try:
            value = int(raw)
        except ValueError:
            return at, fmt[start:at]
        default_width, default_pad = _NUMERIC[conv]
        digits = str(abs(value))
        sign = "-" if value < 0 else ""
        if flag == "-":
            text = sign + digits
            return at, text.rjust(width, " ") if width else text
        pad = " " if flag == "_" else "0" if flag == "0" else default_pad
        return at, sign + digits.rjust(max(width or 0, default_width) - len(sign), pad)
    if conv == "s":
        return at, _time.strftime("%s", timetuple)
    if conv == "z":
        return at, ""
    if conv in _ALPHA or conv in _COMPOSITE:
        text = "" if conv == "Z" else _time.strftime("%" + conv, timetuple)
        if flag == "^" and conv != "P":
            text = text.upper()
        elif flag == "#":
            if conv in "aAbBh":
                text = text.upper()
            elif conv in "pZ":
                text = text.lower()
        if width:
            text = text.rjust(width, "0" if flag == "0" else " ")
        return at, text
    return at, fmt[start:at]


def _utcoffset_of(obj):
    method = getattr(obj, "utcoffset", None)
    return method() if method is not None else None


def tz_type_error(value):
    return TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % tp_name(value))
