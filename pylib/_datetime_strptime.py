"""datetime.strptime for pyx: a format becomes one regular expression (C locale names), as
CPython's _strptime builds one; the matched fields then become datetime fields.
"""

import re as _re
import time as _time
from _datetime_util import (ymd_to_ordinal, ordinal_to_ymd, weekday_of_ordinal, is_leap, arg_type_name)

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def _names(names):
    # Longest first, so that "may" never stops short of a longer name at the same place.
    return "(" + "|".join(sorted(names, key=len, reverse=True)) + ")"


_PATTERNS = {
    "d": r"(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(\d{1,6})",
    "H": r"(2[0-3]|[0-1]\d|\d)",
    "I": r"(1[0-2]|0[1-9]|[1-9]| [1-9])",
    "G": r"(\d\d\d\d)",
    "j": r"(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(1[0-2]|0[1-9]|[1-9])",
    "M": r"([0-5]\d|\d)",
    "S": r"(6[0-1]|[0-5]\d|\d)",
    "U": r"(5[0-3]|[0-4]\d|\d)",
    "W": r"(5[0-3]|[0-4]\d|\d)",
    "V": r"(5[0-3]|0[1-9]|[1-4]\d|\d)",
    "w": r"([0-6])",
    "u": r"([1-7])",
    "y": r"(\d\d)",
    "Y": r"(\d\d\d\d)",
    "z": r"([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z)",
    "A": _names(_DAYS),
    "a": _names([day[:3] for day in _DAYS]),
    "B": _names(_MONTHS),
    "b": _names([month[:3] for month in _MONTHS]),
    "p": "(am|pm)",
}
# The C locale's composite directives.
_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_cache = {}


def _zone_pattern():
    names = {"utc", "gmt"}
    for name in _time.tzname:
        names.add(name.lower())
    return _names([_re.escape(name) for name in names])


def _expand(fmt):
    out = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and fmt[i + 1:i + 2] in _COMPOSITES:
            out.append(_COMPOSITES[fmt[i + 1]])
            i += 2
        elif fmt[i] == "%" and i + 1 < len(fmt):
            out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


def _compile(fmt):
    """(compiled regex, the directive of each group) for a format."""
    directives = []
    pattern = []
    text = _expand(fmt)
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%":
            if i + 1 == len(text):
                raise ValueError("stray %% in format '%s'" % fmt)
            code = text[i + 1]
            i += 2
            if code == "%":
                pattern.append("%")
                continue
            if code == "Z":
                group = _zone_pattern()
            elif code in _PATTERNS:
                group = _PATTERNS[code]
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
            directives.append(code)
            pattern.append(group)
        elif ch.isspace():
            while i < len(text) and text[i].isspace():
                i += 1
            pattern.append(r"\s+")
        else:
            pattern.append(_re.escape(ch))
            i += 1
    return _re.compile("".join(pattern), _re.IGNORECASE), directives


def _offset(text):
    """(seconds, microseconds) of a %z match."""
    if text == "Z" or text == "z":
        return 0, 0
    sign = -1 if text[0] == "-" else 1
    body = text[1:]
    if len(body) > 4 and body[2] == ":":
        if len(body) > 5 and body[5] != ":":
            raise ValueError("Inconsistent use of : in %s" % text)
        body = body.replace(":", "")
    elif ":" in body:
        raise ValueError("Inconsistent use of : in %s" % text)
    seconds = int(body[0:2]) * 3600 + int(body[2:4]) * 60
    if len(body) >= 6:
        seconds += int(body[4:6])
    micro = 0
    if "." in body:
        frac = body.split(".")[1]
        micro = int(frac + "0" * (6 - len(frac)))
    return sign * seconds, sign * micro


def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year of a %U (weeks from Sunday) or %W (from Monday) week and weekday."""
    first = weekday_of_ordinal(ymd_to_ordinal(year, 1, 1))
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_length = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_length + 7 * (week - 1) + weekday


def strptime_fields(data, fmt):
    """[year, month, day, hour, minute, second, microsecond], utc offset (seconds, us) or None, zone name or None."""
    for position, arg in ((1, data), (2, fmt)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (position, arg_type_name(arg)))
    compiled = _cache.get(fmt)
    if compiled is None:
        compiled = _cache[fmt] = _compile(fmt)
    regex, directives = compiled
    found = regex.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if found.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    values = {}
    for number, code in enumerate(directives):
        values[code] = found.group(number + 1)
    year = None
    iso_year = iso_week = weekday = julian = week = None
    month = day = 1
    hour = minute = second = micro = 0
    offset = zone = None
    for code, text in values.items():
        if code == "Y":
            year = int(text)
        elif code == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif code == "G":
            iso_year = int(text)
        elif code == "m":
            month = int(text)
        elif code in "Bb":
            names = _MONTHS if code == "B" else [name[:3] for name in _MONTHS]
            month = names.index(text.lower()) + 1
        elif code == "d":
            day = int(text)
        elif code == "H":
            hour = int(text)
        elif code == "I":
            hour = int(text)
            ampm = values.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif code == "M":
            minute = int(text)
        elif code == "S":
            second = int(text)
        elif code == "f":
            micro = int(text + "0" * (6 - len(text)))
        elif code in "Aa":
            names = _DAYS if code == "A" else [name[:3] for name in _DAYS]
            weekday = names.index(text.lower())
        elif code == "w":
            weekday = (int(text) - 1) % 7
        elif code == "u":
            weekday = int(text) - 1
        elif code == "j":
            julian = int(text)
        elif code in "UW":
            week = (int(text), code == "W")
        elif code == "V":
            iso_week = int(text)
        elif code == "z":
            offset = _offset(text)
        elif code == "Z":
            zone = text
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    if iso_year is not None:
        from _datetime_format import iso_calendar_to_ymd
        year, month, day = iso_calendar_to_ymd(iso_year, iso_week, weekday + 1)
    else:
        if julian is None and week is not None and weekday is not None:
            julian = _julian_from_week(year, week[0], weekday, week[1])
            if julian <= 0:
                year -= 1
                julian += 366 if is_leap(year) else 365
        if julian is not None:
            year, month, day = ordinal_to_ymd(julian - 1 + ymd_to_ordinal(year, 1, 1))
    return [year, month, day, hour, minute, second, micro], offset, zone
