"""datetime.timedelta for pyx (see pylib/datetime.py).

Invariant of a timedelta: 0 <= _seconds < 86400, 0 <= _microseconds < 10**6 and
|_days| <= 999999999; every result of arithmetic is an exact timedelta (never a subclass),
as in CPython.
"""

import math as _math
from _datetime_util import (qualify, tp_name, is_builtin_value, is_unhandled, binop_error, divide_nearest)

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DAYS = 999999999
_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _from_us(us):
    """The exact timedelta of us microseconds, or CPython's OverflowError."""
    seconds, microseconds = divmod(us, _US_PER_SECOND)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        if not -2**31 <= days < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DAYS))
    self = object.__new__(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    self._hashcode = -1
    return self


def _c_round(x):
    """C's round(): halves away from zero."""
    whole = _math.floor(x)
    diff = x - whole
    if diff > 0.5 or (diff == 0.5 and x > 0):
        whole += 1
    return whole


def _ratio(value):
    if isinstance(value, float):
        return value.as_integer_ratio()
    return value, 1


# The components in the order CPython accumulates them, with their size in microseconds.
_COMPONENTS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", _US_PER_SECOND),
               ("minutes", 60 * _US_PER_SECOND), ("hours", 3600 * _US_PER_SECOND),
               ("days", _US_PER_DAY), ("weeks", 7 * _US_PER_DAY))


class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if (cls is timedelta and type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int and type(weeks) is int):
            # The common case, all ints: exact, with no float leftover to round.
            return _from_us((((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds) * _US_PER_SECOND
                            + milliseconds * 1000 + microseconds)
        values = {"days": days, "seconds": seconds, "microseconds": microseconds,
                  "milliseconds": milliseconds, "minutes": minutes, "hours": hours, "weeks": weeks}
        total = 0
        # Fractions of float components below a microsecond add up here and are rounded once,
        # at the end, half to even (CPython's accum() and its leftover).
        leftover = 0.0
        for name, factor in _COMPONENTS:
            value = values[name]
            if type(value) is int or isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, tp_name(value)))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        result = _from_us(total)
        if cls is timedelta:
            return result
        self = object.__new__(cls)
        self._days = result._days
        self._seconds = result._seconds
        self._microseconds = result._microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (tp_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        return text

    # --- Arithmetic ---

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _from_us(self._to_us() + other._to_us())
        if is_builtin_value(other):
            raise binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if is_unhandled(other):
            raise binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _from_us(self._to_us() - other._to_us())
        if is_builtin_value(other):
            raise binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if is_unhandled(other):
            raise binop_error("-", other, self)
        return NotImplemented

    def __neg__(self):
        return _from_us(-self._to_us())

    def __pos__(self):
        return _from_us(self._to_us())

    def __abs__(self):
        return _from_us(abs(self._to_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _from_us(self._to_us() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _from_us(divide_nearest(self._to_us() * numerator, denominator))
        if isinstance(other, _SEQUENCES):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % tp_name(self))
        if is_unhandled(other):
            raise binop_error("*", self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if isinstance(other, _SEQUENCES):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % tp_name(self))
        if is_unhandled(other):
            raise binop_error("*", other, self)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _from_us(divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _from_us(divide_nearest(denominator * self._to_us(), numerator))
        if is_unhandled(other):
            raise binop_error("/", self, other)
        return NotImplemented

    def __rtruediv__(self, other):
        if is_unhandled(other):
            raise binop_error("/", other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _from_us(self._to_us() // other)
        if is_unhandled(other):
            raise binop_error("//", self, other)
        return NotImplemented

    def __rfloordiv__(self, other):
        if is_unhandled(other):
            raise binop_error("//", other, self)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _from_us(self._to_us() % other._to_us())
        if is_unhandled(other):
            raise binop_error("%", self, other)
        return NotImplemented

    def __rmod__(self, other):
        if is_unhandled(other):
            raise binop_error("%", other, self)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _from_us(r)
        if is_unhandled(other):
            raise TypeError("unsupported operand type(s) for divmod(): '%s' and '%s'" % (tp_name(self), tp_name(other)))
        return NotImplemented

    # --- Comparisons ---

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __reduce__(self):
        return (type(self), self._key())


qualify(timedelta)
timedelta.min = _from_us(-999999999 * _US_PER_DAY)
timedelta.max = _from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _from_us(1)
