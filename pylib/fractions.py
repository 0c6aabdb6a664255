"""fractions for pyx: Fraction, exact rational numbers (CPython 3.13's construction rules,
arithmetic with int/float/complex, hashing equal to equal ints and floats, limit_denominator,
float-style and plain formatting)."""

import math
import numbers
import sys

__all__ = ['Fraction']

# Fractions hash as the equal int or float does: modular arithmetic on sys.hash_info's modulus.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse_decimal_digits(text):
    """int of a run of digits with single underscores between them, or None."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    digits = text.replace('_', '')
    if not digits.isdigit() or not digits.isascii():
        return None
    return int(digits)


def _parse_fraction(text):
    """(numerator, denominator) of '3/4', '-1.5e3', ' 2 '..., or None if it is not one."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if '/' in s:
        num_text, _, den_text = s.partition('/')
        num = _parse_decimal_digits(num_text.rstrip())
        den = _parse_decimal_digits(den_text.lstrip())
        if num is None or den is None:
            return None
        return sign * num, den
    mantissa, exp = s, 0
    for marker in ('e', 'E'):
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            exp_sign = 1
            if exp_text[:1] in ('+', '-'):
                exp_sign = -1 if exp_text[0] == '-' else 1
                exp_text = exp_text[1:]
            exp_value = _parse_decimal_digits(exp_text)
            if exp_value is None:
                return None
            exp = exp_sign * exp_value
            break
    int_text, dot, frac_text = mantissa.partition('.')
    if not int_text and not frac_text:
        return None
    num = _parse_decimal_digits(int_text) if int_text else 0
    if num is None:
        return None
    den = 1
    if frac_text:
        frac = _parse_decimal_digits(frac_text)
        if frac is None:
            return None
        scale = 10 ** len(frac_text.replace('_', ''))
        num = num * scale + frac
        den = scale
    elif dot and not int_text:
        return None
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y


class Fraction(numbers.Rational):
    """numerator/denominator in lowest terms, denominator > 0.

    Invariants: _numerator and _denominator are ints, gcd(_numerator, _denominator) == 1 and
    _denominator >= 1.
    """
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or type(numerator).__name__ == 'Decimal':
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_fraction(numerator)
                if parsed is None:
                    raise ValueError(f'Invalid literal for Fraction: {numerator!r}')
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError(f'Fraction({numerator}, 0)')
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        self = super(Fraction, cls).__new__(cls)
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, not {f!r} '
                            f'({type(f).__name__})')
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator (continued fractions)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The last convergent p1/q1 or the semiconvergent below, whichever is closer (ties go
        # to the convergent).
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def __format__(self, format_spec, /):
        from _fractions_format import format_fraction
        return format_fraction(self, format_spec)

    # --- arithmetic: Fraction op Fraction/int is exact; with float or complex, inexact ---

    def __add__(a, b):
        if isinstance(b, numbers.Rational):
            return _add(a, Fraction(b))
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, numbers.Rational):
            return _add(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return float(a) + float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, numbers.Rational):
            return _sub(a, Fraction(b))
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, numbers.Rational):
            return _sub(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return float(a) - float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, numbers.Rational):
            return _mul(a, Fraction(b))
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, numbers.Rational):
            return _mul(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return float(a) * float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, numbers.Rational):
            return _div(a, Fraction(b))
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, numbers.Rational):
            return _div(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return float(a) / float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, numbers.Rational):
            b = Fraction(b)
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, numbers.Rational):
            a = Fraction(a)
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        if isinstance(a, numbers.Real):
            return float(a) // float(b)
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, numbers.Rational):
            return _mod(a, Fraction(b))
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, numbers.Rational):
            return _mod(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return float(a) % float(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, numbers.Rational):
            b = Fraction(b)
            da, db = a._denominator, b._denominator
            div, n_mod = divmod(a._numerator * db, da * b._numerator)
            return div, Fraction(n_mod, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, numbers.Rational):
            return divmod(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return divmod(float(a), float(b))
        return NotImplemented

    def __pow__(a, b, modulo=None):
        if modulo is not None:
            return NotImplemented
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power,
                                                       a._denominator ** power)
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power,
                                                       a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError(f'Fraction({a._denominator ** -power}, 0)')
                return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                                   (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# The exact operations, reducing by the gcds of the cross terms as CPython does (so results
# are already in lowest terms).

def _add(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g = math.gcd(da, db)
    if g == 1:
        return Fraction._from_coprime_ints(na * db + da * nb, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return Fraction._from_coprime_ints(t, s * db)
    return Fraction._from_coprime_ints(t // g2, s * (db // g2))


def _sub(a, b):
    return _add(a, Fraction._from_coprime_ints(-b._numerator, b._denominator))


def _mul(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g1 = math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction._from_coprime_ints(na * nb, db * da)


def _div(a, b):
    nb, db = b._numerator, b._denominator
    if nb == 0:
        raise ZeroDivisionError(f'Fraction({db}, 0)')
    na, da = a._numerator, a._denominator
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction._from_coprime_ints(n, d)


def _mod(a, b):
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)
