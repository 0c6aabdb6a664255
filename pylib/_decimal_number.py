"""decimal.Decimal (part of pylib's decimal): value = (-1)**sign * coefficient * 10**exp, or
an infinity/NaN; each operation is exact, then rounded to the context's precision."""

import math
import numbers
from _decimal_context import (getcontext, round_coefficient, InvalidOperation, ConversionSyntax,
                              DivisionByZero, DivisionUndefined, DivisionImpossible, Inexact,
                              Rounded, Overflow, FloatOperation, Clamped, ROUND_HALF_EVEN,
                              ROUND_FLOOR, ROUND_DOWN)

__all__ = ['Decimal']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    s = text.strip().replace('_', '') if '__' not in text else None
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lower = s.lower()
    if lower in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if lower.startswith(prefix):
            payload = lower[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload or '0'), 0, kind
    mantissa, exp = lower, 0
    if 'e' in lower:
        mantissa, _, exp_text = lower.partition('e')
        body = exp_text[1:] if exp_text[:1] in '+-' else exp_text
        if not body or not (body.isdigit() and body.isascii()):
            return None
        exp = int(exp_text)
    int_part, dot, frac_part = mantissa.partition('.')
    digits = int_part + frac_part
    if not digits or not (digits.isdigit() and digits.isascii()):
        return None
    return sign, int(digits), exp - len(frac_part), ''


class Decimal:
    """A decimal floating-point number.

    Invariants: _sign is 0 or 1; _int >= 0 (the coefficient, or a NaN's payload); _exp is the
    exponent of finite numbers; _special is '' (finite), 'F' (infinity), 'n' (NaN), 'N' (sNaN).
    """
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                               value._exp, value._special)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = ''
            return self
        if isinstance(value, float):
            (context or getcontext())._raise(None, FloatOperation)
            if math.isnan(value):
                self._sign, self._int, self._exp, self._special = (1 if math.copysign(1, value) < 0 else 0), 0, 0, 'n'
                return self
            if math.isinf(value):
                self._sign, self._int, self._exp, self._special = (1 if value < 0 else 0), 0, 0, 'F'
                return self
            n, d = abs(value).as_integer_ratio()
            k = d.bit_length() - 1
            self._sign = 1 if math.copysign(1.0, value) < 0 else 0
            self._int = n * 5 ** k
            self._exp = -k
            self._special = ''
            return self
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                (context or getcontext())._raise(ConversionSyntax, InvalidOperation)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
                return self
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exp == 'F':
                self._int, self._exp, self._special = 0, 0, 'F'
                return self
            coeff = 0
            for digit in digits:
                if not (isinstance(digit, int) and 0 <= digit <= 9):
                    raise ValueError('coefficient must be a tuple of digits')
                coeff = coeff * 10 + digit
            if exp in ('n', 'N'):
                self._int, self._exp, self._special = coeff, 0, exp
                return self
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            self._int, self._exp, self._special = coeff, exp, ''
            return self
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @classmethod
    def _make(cls, sign, coeff, exp, special=''):
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = sign, coeff, exp, special
        return self

    @classmethod
    def from_float(cls, f):
        return cls(f)

    def _exact_copy(self):
        return Decimal._make(self._sign, self._int, self._exp, self._special)

    # --- rounding to a context ---

    def _fix(self, context):
        """self rounded to context.prec digits (flags Inexact/Rounded), overflow checked."""
        if self._special:
            return self
        digits = len(str(self._int)) if self._int else 1
        drop = digits - context.prec
        exp = self._exp
        coeff = self._int
        if drop > 0:
            coeff, inexact = round_coefficient(self._sign, coeff, drop, context.rounding)
            exp += drop
            if len(str(coeff)) > context.prec:
                coeff //= 10
                exp += 1
            signals = (Inexact, Rounded) if inexact else (Rounded,)
            context._raise(None, *signals)
        if coeff and exp + len(str(coeff)) - 1 > context.Emax:
            context._raise(None, Overflow, Inexact, Rounded)
            return Decimal._make(self._sign, 0, 0, 'F')
        return Decimal._make(self._sign, coeff, exp)

    # --- predicates and parts ---

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        from decimal import DecimalTuple
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in str(self._int)) if self._int or not self._special else ()
        return DecimalTuple(self._sign, digits, self._special or self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other):
        return Decimal._make(Decimal(other)._sign, self._int, self._exp, self._special)

    # --- text ---

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            name = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + name + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            # Engineering notation: the exponent a multiple of three (a zero keeps its digits).
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ('E' if capitals else 'e') + f'{leftdigits - dotplace:+d}'
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return f"Decimal('{self}')"

    def __format__(self, spec, context=None):
        from _decimal_format import format_decimal
        return format_decimal(self, spec)


from _decimal_ops import install as _install

_install(Decimal)
from _decimal_context import Context as _Context
from _decimal_log import install as _install_log
_install_log(Decimal, _Context)
from _decimal_more import install as _install_more
_install_more(Decimal)
Decimal.__module__ = 'decimal'
