"""Decimal's arithmetic, comparisons, hashing and conversions (part of pylib's decimal)."""

import math
from _decimal_context import (getcontext, round_coefficient, InvalidOperation,
                              DivisionByZero, DivisionUndefined, DivisionImpossible, Inexact,
                              Rounded, FloatOperation, ROUND_HALF_EVEN, ROUND_FLOOR,
                              ROUND_DOWN)

__all__ = ['install']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _D():
    from _decimal_number import Decimal
    return Decimal


def _convert(other, op=None):
    """other as a Decimal (ints convert exactly), else NotImplemented."""
    Decimal = _D()
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    return NotImplemented


def _nan_result(a, b, context):
    if a._special in ('n', 'N') or b._special in ('n', 'N'):
        nan = a if a._special in ('n', 'N') else b
        if nan._special == 'N' or (b._special == 'N'):
            context._raise(InvalidOperation, InvalidOperation)
        return _D()._make(nan._sign, nan._int, 0, 'n')
    return None


def _add(a, b, context):
    Decimal = _D()
    nan = _nan_result(a, b, context)
    if nan is not None:
        return nan
    if a._special == 'F' or b._special == 'F':
        if a._special == 'F' and b._special == 'F' and a._sign != b._sign:
            context._raise(InvalidOperation, InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        return Decimal._make((a if a._special == 'F' else b)._sign, 0, 0, 'F')
    exp = min(a._exp, b._exp)
    va = a._int * 10 ** (a._exp - exp) * (-1 if a._sign else 1)
    vb = b._int * 10 ** (b._exp - exp) * (-1 if b._sign else 1)
    total = va + vb
    if total == 0:
        # An exact zero is negative only if both operands are (or when rounding toward -inf).
        sign = 1 if (a._sign and b._sign) or (a._sign != b._sign and context.rounding == ROUND_FLOOR) else 0
        return Decimal._make(sign, 0, exp)._fix(context)
    return Decimal._make(1 if total < 0 else 0, abs(total), exp)._fix(context)


def _mul(a, b, context):
    Decimal = _D()
    nan = _nan_result(a, b, context)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == 'F' or b._special == 'F':
        if (a._special != 'F' and a._int == 0) or (b._special != 'F' and b._int == 0):
            context._raise(InvalidOperation, InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        return Decimal._make(sign, 0, 0, 'F')
    return Decimal._make(sign, a._int * b._int, a._exp + b._exp)._fix(context)


def _div(a, b, context):
    Decimal = _D()
    nan = _nan_result(a, b, context)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == 'F':
        if b._special == 'F':
            context._raise(InvalidOperation, InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        return Decimal._make(sign, 0, 0, 'F')
    if b._special == 'F':
        return Decimal._make(sign, 0, context.Etiny())
    if b._int == 0:
        if a._int == 0:
            context._raise(DivisionUndefined, InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        context._raise(DivisionByZero, DivisionByZero)
        return Decimal._make(sign, 0, 0, 'F')
    if a._int == 0:
        return Decimal._make(sign, 0, a._exp - b._exp)._fix(context)
    len_a, len_b = len(str(a._int)), len(str(b._int))
    shift = len_b - len_a + context.prec + 1
    exp = a._exp - b._exp - shift
    if shift >= 0:
        coeff, remainder = divmod(a._int * 10 ** shift, b._int)
    else:
        coeff, remainder = divmod(a._int, b._int * 10 ** -shift)
    if remainder:
        # A sticky digit so that rounding sees "more than halfway" correctly.
        if coeff % 5 == 0:
            coeff += 1
    else:
        ideal_exp = a._exp - b._exp
        while exp < ideal_exp and coeff % 10 == 0:
            coeff //= 10
            exp += 1
    return Decimal._make(sign, coeff, exp)._fix(context)


def _divide_integer(a, b, context, want):
    """a // b ('q'), a % b ('r') or divmod ('qr') of finite a, b, as CPython signals them."""
    Decimal = _D()
    nan = Decimal._make(0, 0, 0, 'n')
    if b._int == 0:
        if a._int == 0:
            context._raise(DivisionUndefined, InvalidOperation)
            return (nan, nan) if want == 'qr' else nan
        if want == 'q':
            context._raise(DivisionByZero, DivisionByZero)
            return Decimal._make(a._sign ^ b._sign, 0, 0, 'F')
        if want == 'r':
            context._raise(InvalidOperation, InvalidOperation)
            return nan
        context.flags[InvalidOperation] = context.flags[DivisionByZero] = True
        if context.traps[InvalidOperation]:
            raise InvalidOperation([InvalidOperation, DivisionByZero])
        return (Decimal._make(a._sign ^ b._sign, 0, 0, 'F'), nan)
    exp = min(a._exp, b._exp)
    va = a._int * 10 ** (a._exp - exp)
    vb = b._int * 10 ** (b._exp - exp)
    q, r = divmod(va, vb)
    if len(str(q)) > context.prec:
        context._raise(DivisionImpossible, InvalidOperation)
        return (nan, nan) if want == 'qr' else nan
    quotient = Decimal._make(a._sign ^ b._sign, q, 0)
    remainder = Decimal._make(a._sign, r, exp)._fix(context)
    return {'q': quotient, 'r': remainder, 'qr': (quotient, remainder)}[want]


def _cmp(a, b):
    """-1, 0, 1 for finite or infinite a, b (no NaNs)."""
    if a._special == 'F' or b._special == 'F':
        va = (-1 if a._sign else 1) * (2 if a._special == 'F' else 0)
        vb = (-1 if b._sign else 1) * (2 if b._special == 'F' else 0)
        if a._special != 'F':
            va = 0 if not a._int else (-1 if a._sign else 1)
        if b._special != 'F':
            vb = 0 if not b._int else (-1 if b._sign else 1)
        return (va > vb) - (va < vb)
    exp = min(a._exp, b._exp)
    va = a._int * 10 ** (a._exp - exp) * (-1 if a._sign else 1)
    vb = b._int * 10 ** (b._exp - exp) * (-1 if b._sign else 1)
    return (va > vb) - (va < vb)


def _comparable(self, other, equality):
    Decimal = _D()
    if isinstance(other, float):
        if equality:
            getcontext().flags[FloatOperation] = True  # == and != only flag, never trap
        else:
            getcontext()._raise(None, FloatOperation)
        return Decimal(other) if not math.isnan(other) else None
    if isinstance(other, (Decimal, int)):
        return Decimal(other)
    return NotImplemented


def install(Decimal):
    """Adds the operations to the Decimal class."""

    def binary(operation, symbol, reflected=False):
        def method(self, other, context=None):
            if isinstance(other, (float, complex)):
                # Neither side takes the other; raised here so that the message names the
                # type as CPython's C type does ('decimal.Decimal').
                names = (type(other).__name__, 'decimal.Decimal') if reflected else \
                    ('decimal.Decimal', type(other).__name__)
                raise TypeError(f"unsupported operand type(s) for {symbol}: "
                                f"'{names[0]}' and '{names[1]}'")
            other = _convert(other)
            if other is NotImplemented:
                return other
            context = context or getcontext()
            return operation(other, self, context) if reflected else operation(self, other, context)
        return method

    Decimal._add = lambda self, other, context: _add(self, other, context)
    Decimal._mul = lambda self, other, context: _mul(self, other, context)
    Decimal._div = lambda self, other, context: _div(self, other, context)
    Decimal.__add__ = binary(_add, '+')
    Decimal.__radd__ = binary(_add, '+', True)
    Decimal.__sub__ = binary(lambda a, b, c: _add(a, b.copy_negate(), c), '-')
    Decimal.__rsub__ = binary(lambda a, b, c: _add(a, b.copy_negate(), c), '-', True)
    Decimal.__mul__ = binary(_mul, '*')
    Decimal.__rmul__ = binary(_mul, '*', True)
    Decimal.__truediv__ = binary(_div, '/')
    Decimal.__rtruediv__ = binary(_div, '/', True)
    Decimal.__floordiv__ = binary(lambda a, b, c: _divide_integer(a, b, c, 'q'), '//')
    Decimal.__rfloordiv__ = binary(lambda a, b, c: _divide_integer(a, b, c, 'q'), '//', True)
    Decimal.__mod__ = binary(lambda a, b, c: _divide_integer(a, b, c, 'r'), '%')
    Decimal.__rmod__ = binary(lambda a, b, c: _divide_integer(a, b, c, 'r'), '%', True)
    Decimal.__divmod__ = binary(lambda a, b, c: _divide_integer(a, b, c, 'qr'), 'divmod()')
    Decimal.__rdivmod__ = binary(lambda a, b, c: _divide_integer(a, b, c, 'qr'), 'divmod()', True)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            raise NotImplementedError('pyx decimal: only integral exponents are supported')
        power = other._int * 10 ** other._exp * (-1 if other._sign else 1)
        sign = self._sign if power % 2 else 0
        if self._special == 'F':
            return Decimal._make(sign, 0, 0, 'F') if power > 0 else Decimal._make(sign, 0, 0)
        if self._int == 0:
            if power == 0:
                context._raise(InvalidOperation, InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return Decimal._make(sign, 0, 0, 'F' if power < 0 else '')
        # libmpdec's integer power: binary exponentiation rounded half-even at a working
        # precision of prec + (digits of the exponent) + 2 (one more, and a reciprocal first,
        # for a negative exponent), then one rounding to the context.
        work = context.copy()
        work.rounding = ROUND_HALF_EVEN
        work.prec = context.prec + len(str(other._int)) + other._exp + 2
        work.traps = {signal: False for signal in work.traps}
        base = Decimal._make(0, self._int, self._exp)
        n = power
        if power < 0:
            work.prec += 1
            base = _div(Decimal._make(0, 1, 0), base, work)
            n = -power
        result = Decimal._make(0, 1, 0)
        while n > 0:
            if n & 1:
                result = _mul(result, base, work)
            n >>= 1
            if n:
                base = _mul(base, base, work)
        for signal in (Inexact, Rounded):
            if work.flags[signal]:
                context._raise(None, signal)
        return Decimal._make(sign, result._int, result._exp)._fix(context)

    Decimal.__pow__ = __pow__
    Decimal.__rpow__ = lambda self, other, modulo=None: (
        NotImplemented if _convert(other) is NotImplemented else __pow__(_convert(other), self))

    def __neg__(self, context=None):
        # minus(a) is 0 - a, plus(a) is 0 + a: so a zero's sign follows the addition rules.
        if self._special:
            return self.copy_negate() if self._special == 'F' else self._exact_copy()
        return _add(Decimal._make(0, 0, self._exp), self.copy_negate(), context or getcontext())

    def __pos__(self, context=None):
        if self._special:
            return self._exact_copy()
        return _add(Decimal._make(0, 0, self._exp), self, context or getcontext())

    Decimal.__neg__ = __neg__
    Decimal.__pos__ = __pos__
    Decimal.__abs__ = lambda self, round=True, context=None: (
        Decimal._make(0, self._int, self._exp, self._special)._fix(context or getcontext()))

    def compare_op(test, equality=False):
        def method(self, other):
            other = _comparable(self, other, equality)
            if other is NotImplemented:
                return other
            if other is None or self.is_nan() or other.is_nan():
                if not equality:
                    getcontext()._raise(InvalidOperation, InvalidOperation)
                return test is _ne
            return test(_cmp(self, other))
        return method

    Decimal.__eq__ = compare_op(lambda c: c == 0, True)
    _ne = lambda c: c != 0
    Decimal.__ne__ = compare_op(_ne, True)
    Decimal.__lt__ = compare_op(lambda c: c < 0)
    Decimal.__le__ = compare_op(lambda c: c <= 0)
    Decimal.__gt__ = compare_op(lambda c: c > 0)
    Decimal.__ge__ = compare_op(lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _D()(other)
        if self.is_nan() or other.is_nan():
            return Decimal._make(0, 0, 0, 'n')
        return Decimal(_cmp(self, other))

    Decimal.compare = compare

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        hash_ = self._int * exp_hash % _HASH_MODULUS
        result = -hash_ if self._sign and self._int else hash_
        return -2 if result == -1 else result

    Decimal.__hash__ = __hash__
    Decimal.__bool__ = lambda self: bool(self._special or self._int)

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        value = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -value if self._sign else value

    Decimal.__int__ = __int__
    Decimal.__trunc__ = __int__

    def __float__(self):
        if self._special == 'F':
            return float('-inf') if self._sign else float('inf')
        if self._special:
            return float('nan')
        return float(str(self))

    Decimal.__float__ = __float__
    Decimal.__complex__ = lambda self: complex(float(self))

    def quantize(self, exp, rounding=None, context=None):
        context = context or getcontext()
        exp = _D()(exp)
        if self._special or exp._special:
            if self._special == 'F' and exp._special == 'F':
                return Decimal._make(self._sign, 0, 0, 'F')
            context._raise(InvalidOperation, InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        target = exp._exp
        coeff, inexact = round_coefficient(self._sign, self._int, target - self._exp,
                                           rounding or context.rounding)
        if len(str(coeff)) > context.prec:
            context._raise(InvalidOperation, InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        if target > self._exp:
            context._raise(None, *((Inexact, Rounded) if inexact else (Rounded,)))
        return Decimal._make(self._sign, coeff, target)

    Decimal.quantize = quantize

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self._exact_copy()
        context = context or getcontext()
        coeff, _ = round_coefficient(self._sign, self._int, -self._exp, rounding or context.rounding)
        return Decimal._make(self._sign, coeff, 0)

    Decimal.to_integral_value = to_integral_value
    Decimal.to_integral = to_integral_value

    def __round__(self, n=None):
        if n is not None:
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special == 'F':
            raise OverflowError('cannot round an infinity')
        if self._special:
            raise ValueError('cannot round a NaN')
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    Decimal.__round__ = __round__
    Decimal.__floor__ = lambda self: int(self.to_integral_value(ROUND_FLOOR))
    Decimal.__ceil__ = lambda self: -int(self.copy_negate().to_integral_value(ROUND_FLOOR))

    def normalize(self, context=None):
        context = context or getcontext()
        result = self._fix(context)
        if result._special:
            return result
        if not result._int:
            return Decimal._make(result._sign, 0, 0)
        coeff, exp = result._int, result._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(result._sign, coeff, exp)

    Decimal.normalize = normalize

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special in ('n', 'N'):
            return Decimal._make(self._sign, self._int, 0, 'n')
        if self._int == 0 and not self._special:
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            context._raise(InvalidOperation, InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        if self._special == 'F':
            return self._exact_copy()
        # An integer square root with one extra digit, then round half-even (exact results
        # keep the ideal exponent, as the specification asks).
        prec = context.prec + 1
        e = self._exp >> 1
        digits = len(str(self._int))
        if self._exp & 1:
            c = self._int * 10
            length = (digits >> 1) + 1
        else:
            c = self._int
            length = (digits + 1) >> 1
        shift = prec - length
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        rounding_context = context.copy()
        rounding_context.rounding = ROUND_HALF_EVEN
        result = Decimal._make(0, n, e)._fix(rounding_context)
        for signal in rounding_context.flags:
            if rounding_context.flags[signal]:
                context.flags[signal] = True
        return result

    Decimal.sqrt = sqrt
    Decimal.max = lambda self, other, context=None: self if _cmp(self, _D()(other)) >= 0 else _D()(other)
    Decimal.min = lambda self, other, context=None: self if _cmp(self, _D()(other)) <= 0 else _D()(other)
    Decimal.__copy__ = lambda self: self
    Decimal.__deepcopy__ = lambda self, memo: self
    Decimal.__reduce__ = lambda self: (type(self), (str(self),))
    Decimal.real = property(lambda self: self)
    Decimal.imag = property(lambda self: _D()(0))
    Decimal.conjugate = lambda self: self
