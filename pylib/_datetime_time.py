"""datetime.time and datetime.timezone for pyx (see pylib/datetime.py).

Invariant of a time: its fields passed check_time_fields, _tzinfo is None or a tzinfo.
Invariant of a timezone: -1 day < _offset < 1 day; _name is None or a str; timezone.utc is
the one instance with a zero offset and no name that the constructor returns.
"""

from _datetime_util import (qualify, tp_name, arg_type_name, check_time_fields, format_time, format_offset)
from _datetime_delta import timedelta
from _datetime_date import tzinfo, is_datetime
import _datetime_format as _format
import _datetime_iso as _iso

_ONE_DAY = timedelta(1)
_ZERO = timedelta(0)


def check_offset(method, offset):
    """A tzinfo method's result as CPython checks it (call_tzinfo_method)."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (method, tp_name(offset)))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return offset


def check_tzinfo(value):
    if value is not None and not isinstance(value, tzinfo):
        raise _format.tz_type_error(value)
    return value


def call_utcoffset(tz, arg):
    if tz is None:
        return None
    return check_offset("utcoffset", tz.utcoffset(arg))


def call_dst(tz, arg):
    if tz is None:
        return None
    return check_offset("dst", tz.dst(arg))


def call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % tp_name(name))
    return name


def offset_timezone(offset):
    """The tzinfo of a parsed (seconds, microseconds) UTC offset: None without one, and UTC for
    a zero whole-second offset (its microseconds dropped, as CPython does)."""
    if offset is None:
        return None
    if offset[0] == 0:
        return timezone.utc
    return timezone(timedelta(seconds=offset[0], microseconds=offset[1]))


class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6:
            # The pickle state of __reduce_ex__ (the hour's high bit is fold); tzinfo comes second.
            state = hour.encode("latin-1") if isinstance(hour, str) else hour
            if state[0] & 0x7F < 24:
                return cls(state[0] & 0x7F, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5],
                           None if minute == 0 else minute, fold=state[0] >> 7)
        hour, minute, second, microsecond, fold = check_time_fields(hour, minute, second, microsecond, fold)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = check_tzinfo(tzinfo)
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        data = _iso.encode(time_string)
        found = _iso.parse_time(data, 1 if data[:1] == b"T" else 0)
        if found is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        clock, offset = found
        return cls(clock[0], clock[1], clock[2], clock[3], offset_timezone(offset))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return call_utcoffset(self._tzinfo, None)

    def dst(self):
        return call_dst(self._tzinfo, None)

    def tzname(self):
        return call_tzname(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    # --- Formatting ---

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (tp_name(self), self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (tp_name(self), self._hour, self._minute, self._second)
        else:
            text = "%s(%d, %d)" % (tp_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def isoformat(self, timespec="auto"):
        text = format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % arg_type_name(format))
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _format.wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % arg_type_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # --- Comparisons and hashing ---

    def _compare(self, other, op):
        """-1, 0 or 1; None when naive is compared with aware for ==/!=."""
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._clock(), other._clock()
        else:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (their_offset is None):
                if op in ("==", "!="):
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            mine, theirs = self._clock(), other._clock()
            if my_offset is not None and my_offset != their_offset:
                mine = self._utc_key(my_offset)
                theirs = other._utc_key(their_offset)
        return (mine > theirs) - (mine < theirs)

    def _utc_key(self, offset):
        # CPython compares aware times by whole seconds east of UTC, then microseconds: the
        # offset's own microseconds do not count.
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return (seconds - offset.days * 86400 - offset.seconds, self._microsecond)

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, "==") == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, "!=") != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, "<") < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, "<=") <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, ">") > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, ">=") >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            self._hashcode = hash(self._utc_key(offset or _ZERO))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


qualify(time)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)

_OMITTED = object()


class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % arg_type_name(offset))
        if name is _OMITTED:
            if not offset and cls is timezone:
                return timezone.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % arg_type_name(name))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (tp_name(self), self._offset)
        return "%s(%r, %r)" % (tp_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, method):
        if dt is not None and not is_datetime(dt):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (method, tp_name(dt)))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + format_offset(self._offset, ":")

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not is_datetime(dt):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


qualify(timezone)
timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
