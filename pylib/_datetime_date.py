"""datetime.date, datetime.tzinfo and datetime.IsoCalendarDate for pyx (see pylib/datetime.py).

Invariant of a date: (_year, _month, _day) is a valid proleptic Gregorian date within
MINYEAR..MAXYEAR. Arithmetic and the alternate constructors return instances of the
subclass they were called on (through cls(y, m, d) for a subclass), as CPython 3.8+ does.
"""

import time as _time
from _datetime_util import (qualify, tp_name, is_builtin_value, is_unhandled, binop_error, arg_type_name, check_date_fields,
                            missing_arg, ymd_to_ordinal, ordinal_to_ymd, weekday_of_ordinal,
                            iso_week1_monday, days_before_year, index, MAX_ORDINAL,
                            DAY_NAMES, MONTH_NAMES)
from _datetime_delta import timedelta
import _datetime_format as _format
import _datetime_iso as _iso

_NO_ARG = object()


def _new_date(cls, year, month, day):
    if cls is date:
        self = object.__new__(date)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self
    return cls(year, month, day)


def is_datetime(value):
    """True for datetime.datetime instances (a date subclass that date's operators refuse)."""
    return getattr(type(value), "_has_time", False)


class date:
    __slots__ = ("_year", "_month", "_day", "_hashcode")
    _has_time = False

    def __new__(cls, year=_NO_ARG, month=_NO_ARG, day=_NO_ARG):
        if isinstance(year, (bytes, str)) and len(year) == 4 and month is _NO_ARG:
            # The pickle state of __reduce__: the year's two bytes, month, day.
            state = year.encode("latin-1") if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                return cls(state[0] * 256 + state[1], state[2], state[3])
        if year is _NO_ARG:
            raise missing_arg("year", 1)
        if month is _NO_ARG:
            raise missing_arg("month", 2)
        if day is _NO_ARG:
            raise missing_arg("day", 3)
        year, month, day = check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # --- Alternate constructors ---

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        seconds = _format.timestamp_seconds(t)
        tm = _time.localtime(seconds)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def fromordinal(cls, n):
        n = index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > MAX_ORDINAL:
            raise ValueError("year %d is out of range" % ordinal_to_ymd(n)[0])
        year, month, day = ordinal_to_ymd(n)
        return cls(year, month, day)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        data = _iso.encode(date_string)
        fields = _iso.parse_date(data, len(data)) if len(data) in (7, 8, 10) else None
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_format.iso_calendar_to_ymd(year, week, day))

    # --- Fields ---

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return weekday_of_ordinal(self.toordinal())

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        week1 = iso_week1_monday(year)
        if ordinal < week1:
            year -= 1
            week1 = iso_week1_monday(year)
        elif year < 9999 and ordinal >= iso_week1_monday(year + 1):
            year += 1
            week1 = iso_week1_monday(year)
        week, weekday = divmod(ordinal - week1, 7)
        return IsoCalendarDate(year, week + 1, weekday + 1)

    def timetuple(self):
        return _format.struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    # --- Formatting ---

    def __repr__(self):
        return "%s(%d, %d, %d)" % (tp_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (DAY_NAMES[self.weekday()], MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % arg_type_name(format))
        return _format.wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % arg_type_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # --- Comparisons and hashing ---

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not is_datetime(other) and not is_datetime(self)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._cmp_key() != other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    # --- Arithmetic ---

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return _new_date(type(self), *ordinal_to_ymd(ordinal))
        if is_unhandled(other):
            raise binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if is_unhandled(other):
            raise binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(timedelta(-other.days))
        if isinstance(other, date) and not is_datetime(other):
            return timedelta(self.toordinal() - other.toordinal())
        if is_builtin_value(other) or isinstance(other, date):
            raise binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if is_unhandled(other):
            raise binop_error("-", other, self)
        return NotImplemented

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month, self._day)),))


qualify(date)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """The abstract base of time zones: subclasses give utcoffset, dst and tzname."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not is_datetime(dt):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += offset - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


qualify(tzinfo)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) named tuple that date.isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (tp_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


qualify(IsoCalendarDate)
