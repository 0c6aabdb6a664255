"""Dates and times, as CPython 3.13's datetime module (its C implementation's behaviour and
messages). The parts live in _datetime_*.py; this file holds datetime.datetime and the
module's public names.

Invariant of a datetime: the date fields as date's, the time fields as time's.
"""

import time as _time
# Helpers come in under private names, so that dir(datetime) lists the public names only.
from _datetime_util import MINYEAR, MAXYEAR
from _datetime_util import qualify as _qualify, tp_name as _tp_name, binop_error as _binop_error
from _datetime_util import is_unhandled as _is_unhandled, arg_type_name as _arg_type_name
from _datetime_util import check_date_fields as _check_date_fields, check_time_fields as _check_time_fields
from _datetime_util import missing_arg as _missing_arg, ymd_to_ordinal as _ymd_to_ordinal
from _datetime_util import ordinal_to_ymd as _ordinal_to_ymd, MAX_ORDINAL as _MAX_ORDINAL
from _datetime_util import format_time as _format_time, format_offset as _format_offset
from _datetime_util import DAY_NAMES as _DAY_NAMES, MONTH_NAMES as _MONTH_NAMES
from _datetime_delta import timedelta
from _datetime_date import date, tzinfo, is_datetime as _is_datetime
from _datetime_time import time, timezone, check_tzinfo as _check_tzinfo
from _datetime_time import call_utcoffset as _call_utcoffset, call_dst as _call_dst, call_tzname as _call_tzname
import _datetime_format as _format
import _datetime_iso as _iso
from _datetime_time import offset_timezone as _offset_timezone
from _datetime_strptime import strptime_fields as _strptime_fields

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

UTC = timezone.utc
_NO_ARG = object()
_US = 1000000


class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")
    _has_time = True

    def __new__(cls, year=_NO_ARG, month=_NO_ARG, day=_NO_ARG, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10 and 1 <= _state_byte(year, 2) & 0x7F <= 12:
            # The pickle state of __reduce_ex__ (the month's high bit is fold); tzinfo comes second.
            state = year.encode("latin-1") if isinstance(year, str) else year
            tz = None if month is _NO_ARG else month
            return cls(state[0] * 256 + state[1], state[2] & 0x7F, state[3], state[4], state[5], state[6],
                       (state[7] << 16) | (state[8] << 8) | state[9], tz, fold=state[2] >> 7)
        if year is _NO_ARG:
            raise _missing_arg("year", 1)
        if month is _NO_ARG:
            raise _missing_arg("month", 2)
        if day is _NO_ARG:
            raise _missing_arg("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = _check_tzinfo(tzinfo)
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # --- Alternate constructors ---

    @classmethod
    def _from_seconds(cls, seconds, us, tz, utc):
        """The datetime of a POSIX time: local (tz None, not utc), UTC, or tz's local time."""
        if utc or tz is not None:
            tm = _time.gmtime(seconds)
        else:
            tm = _time.localtime(seconds)
        _format.check_time_t_year(tm)
        result = cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        seconds, us = divmod(_time.time_ns() // 1000, _US)
        return cls._from_seconds(seconds, us, tz, False)

    @classmethod
    def utcnow(cls):
        seconds, us = divmod(_time.time_ns() // 1000, _US)
        return cls._from_seconds(seconds, us, None, True)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        seconds, us = _format.timestamp_split(timestamp)
        return cls._from_seconds(seconds, us, tz, False)

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        seconds, us = _format.timestamp_split(timestamp)
        return cls._from_seconds(seconds, us, None, True)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_type):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _arg_type_name(date))
        if not isinstance(time, _time_type):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _arg_type_name(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        data = _iso.encode(date_string)
        split = _iso.separator_position(data)
        # -1 (no valid split) reads as CPython's size_t: no length limit on the date part, and
        # the time part then starts at the beginning.
        fields = _iso.parse_date(data, len(data) + 1 if split < 0 else split)
        clock, offset = [0, 0, 0, 0], None
        if fields is not None and len(data) > split:
            found = _iso.parse_time(data, split + 1)
            if found is None:
                fields = None
            else:
                clock, offset = found
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(fields[0], fields[1], fields[2], clock[0], clock[1], clock[2], clock[3], _offset_timezone(offset))

    @classmethod
    def strptime(cls, date_string, format):
        fields, offset, zone = _strptime_fields(date_string, format)
        tz = None
        if offset is not None:
            delta = timedelta(seconds=offset[0], microseconds=offset[1])
            tz = timezone(delta, zone) if zone else timezone(delta)
        return cls(*fields, tzinfo=tz)

    # --- Views ---

    def date(self):
        return _date_type(self._year, self._month, self._day)

    def time(self):
        return _time_type(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_type(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _call_utcoffset(self._tzinfo, self)

    def dst(self):
        return _call_dst(self._tzinfo, self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _format.struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self if not offset else self - offset
        return _format.struct_time(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second, 0)

    def _local_seconds(self):
        """The POSIX time of this naive datetime read as local time."""
        return int(_time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, 0, 1, -1)))

    def timestamp(self):
        if self.utcoffset() is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    __replace__ = replace

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        mytz = self._tzinfo
        offset = None if mytz is None else _call_utcoffset(mytz, self)
        if offset is None:
            mytz = _local_timezone(self._local_seconds())
            offset = mytz.utcoffset(None)
        if tz is None:
            tz = _local_timezone(int((self - offset).replace(tzinfo=None)._utc_seconds()))
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _utc_seconds(self):
        return (_ymd_to_ordinal(self._year, self._month, self._day) - _EPOCH_ORDINAL) * 86400 + \
            self._hour * 3600 + self._minute * 60 + self._second

    # --- Formatting ---

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = "%s(%s)" % (_tp_name(self), ", ".join(str(field) for field in fields))
        if self._fold:
            text = text[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return text

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _arg_type_name(sep))
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    # --- Comparisons and hashing ---

    def _compare(self, other, op):
        """-1, 0 or 1; None when naive meets aware under ==/!=."""
        mine = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._year, other._month, other._day, other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is not other._tzinfo:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (their_offset is None):
                if op in ("==", "!="):
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if my_offset is not None and my_offset != their_offset:
                difference = self - other
                return (difference > _ZERO) - (difference < _ZERO)
        return (mine > theirs) - (mine < theirs)

    def __eq__(self, other):
        if _is_datetime(other):
            return self._compare(other, "==") == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if _is_datetime(other):
            return self._compare(other, "!=") != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if _is_datetime(other):
            return self._compare(other, "<") < 0
        return NotImplemented

    def __le__(self, other):
        if _is_datetime(other):
            return self._compare(other, "<=") <= 0
        return NotImplemented

    def __gt__(self, other):
        if _is_datetime(other):
            return self._compare(other, ">") > 0
        return NotImplemented

    def __ge__(self, other):
        if _is_datetime(other):
            return self._compare(other, ">=") >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            self._hashcode = hash((self._as_delta() - (offset or _ZERO))._key())
        return self._hashcode

    # --- Arithmetic ---

    def _as_delta(self):
        return timedelta(self.toordinal(), self._second + self._minute * 60 + self._hour * 3600, self._microsecond)

    def __add__(self, other):
        if isinstance(other, timedelta):
            microsecond = self._microsecond + other._microseconds
            seconds = self._second + self._minute * 60 + self._hour * 3600 + other._seconds
            if microsecond >= _US:
                microsecond -= _US
                seconds += 1
            days = self.toordinal() + other._days
            if seconds >= 86400:
                seconds -= 86400
                days += 1
            if not 0 < days <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            year, month, day = _ordinal_to_ymd(days)
            minutes, second = divmod(seconds, 60)
            hour, minute = divmod(minutes, 60)
            cls = type(self)
            if cls is datetime:
                # Fields known valid: skip the constructor's checks (fold is dropped, as CPython does).
                result = object.__new__(datetime)
                result._year, result._month, result._day = year, month, day
                result._hour, result._minute, result._second = hour, minute, second
                result._microsecond, result._tzinfo, result._fold, result._hashcode = microsecond, self._tzinfo, 0, -1
                return result
            return cls(year, month, day, hour, minute, second, microsecond, self._tzinfo)
        if _is_unhandled(other):
            raise _binop_error("+", self, other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if _is_datetime(other):
            mine, theirs = self._as_delta(), other._as_delta()
            if self._tzinfo is not other._tzinfo:
                my_offset, their_offset = self.utcoffset(), other.utcoffset()
                if (my_offset is None) != (their_offset is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if my_offset is not None:
                    mine -= my_offset
                    theirs -= their_offset
            return mine - theirs
        if _is_unhandled(other) or isinstance(other, date):
            raise _binop_error("-", self, other)
        return NotImplemented

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes((self._year >> 8, self._year & 255, month, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255))
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _state_byte(state, i):
    return ord(state[i]) if isinstance(state, str) else state[i]


def _local_timezone(seconds):
    tm = _time.localtime(seconds)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


_date_type = date
_time_type = time
_qualify(datetime)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_ZERO = timedelta(0)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)
