"""The rarer Decimal methods (part of pylib's decimal), as the General Decimal Arithmetic
specification and CPython's decimal define them: canonical/is_canonical/radix,
same_quantum, scaleb, logb, fma, compare_total(_mag), compare_signal, max_mag/min_mag,
remainder_near, to_integral_exact, is_normal/is_subnormal and number_class."""

from _decimal_context import (getcontext, round_coefficient, InvalidOperation, DivisionByZero,
                              DivisionImpossible, DivisionUndefined, Inexact, Rounded)


def install(Decimal):
    """Adds the methods to the Decimal class."""
    from _decimal_ops import _add, _mul, _cmp

    def convert(other):
        if isinstance(other, int):
            return Decimal(other)
        if not isinstance(other, Decimal):
            raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')
        return other

    def nan():
        return Decimal._make(0, 0, 0, 'n')

    def nan_operand(a, b, context):
        """The NaN result when a or b is a NaN (an sNaN signals and becomes quiet), else None."""
        for x in (a, b):
            if x._special == 'N':
                context._raise(InvalidOperation, InvalidOperation)
                return Decimal._make(x._sign, x._int, 0, 'n')
        for x in (a, b):
            if x._special == 'n':
                return x
        return None

    Decimal.canonical = lambda self: self
    Decimal.is_canonical = lambda self: True
    Decimal.radix = lambda self: Decimal(10)

    def same_quantum(self, other, context=None):
        other = convert(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self._special == other._special == 'F')
        return self._exp == other._exp

    def scaleb(self, other, context=None):
        context = context or getcontext()
        other = convert(other)
        result = nan_operand(self, other, context)
        if result is not None:
            return result
        if other._special or other._exp != 0:
            context._raise(InvalidOperation, InvalidOperation)
            return nan()
        limit = 2 * (context.Emax + context.prec)
        n = -other._int if other._sign else other._int
        if not -limit <= n <= limit:
            context._raise(InvalidOperation, InvalidOperation)
            return nan()
        if self._special == 'F':
            return self
        return Decimal._make(self._sign, self._int, self._exp + n)._fix(context)

    def logb(self, context=None):
        context = context or getcontext()
        result = nan_operand(self, self, context)
        if result is not None:
            return result
        if self._special == 'F':
            return Decimal._make(0, 0, 0, 'F')
        if not self._int:
            context._raise(DivisionByZero, DivisionByZero)
            return Decimal._make(1, 0, 0, 'F')
        return Decimal(self.adjusted())._fix(context)

    def fma(self, other, third, context=None):
        context = context or getcontext()
        other, third = convert(other), convert(third)
        if self._special or other._special:
            product = _mul(self, other, context)
        else:
            # The product is exact: only the sum is rounded.
            product = Decimal._make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return _add(product, third, context)

    def total_key(x):
        """(class rank, value key) ordering x as compare_total does for non-negative signs."""
        if x._special == 'n':
            return (3, x._int, 0)
        if x._special == 'N':
            return (2, x._int, 0)
        if x._special == 'F':
            return (1, 0, 0)
        return (0, 0, 0)

    def compare_total(self, other, context=None):
        other = convert(other)
        if self._sign != other._sign:
            return Decimal(-1 if self._sign else 1)
        ka, kb = total_key(self), total_key(other)
        if ka[0] or kb[0]:
            c = (ka > kb) - (ka < kb)
        else:
            c = _cmp(Decimal._make(0, self._int, self._exp), Decimal._make(0, other._int, other._exp))
            if c == 0:
                # Equal values: the one with the smaller exponent comes first (12.0 < 12).
                c = (self._exp > other._exp) - (self._exp < other._exp)
        return Decimal(-c if self._sign else c)

    def compare_total_mag(self, other, context=None):
        return compare_total(self.copy_abs(), convert(other).copy_abs())

    def compare_signal(self, other, context=None):
        context = context or getcontext()
        other = convert(other)
        if self.is_nan() or other.is_nan():
            context._raise(InvalidOperation, InvalidOperation)
            return nan()
        return Decimal(_cmp(self, other))

    def magnitude_pick(self, other, context, larger):
        context = context or getcontext()
        other = convert(other)
        if self.is_nan() or other.is_nan():
            # A quiet NaN loses against a number; two NaNs (or an sNaN) give the NaN result.
            if self._special == 'n' and not other.is_nan():
                return other._fix(context)
            if other._special == 'n' and not self.is_nan():
                return self._fix(context)
            return nan_operand(self, other, context)
        c = _cmp(self.copy_abs(), other.copy_abs())
        if c == 0:
            c = int(compare_total(self, other))
        if larger:
            pick = other if c == -1 else self
        else:
            pick = self if c == -1 else other
        return pick._fix(context)

    def remainder_near(self, other, context=None):
        context = context or getcontext()
        other = convert(other)
        result = nan_operand(self, other, context)
        if result is not None:
            return result
        if self._special == 'F':
            context._raise(InvalidOperation, InvalidOperation)
            return nan()
        if other._special == 'F':
            return self._fix(context)
        if not other._int:
            context._raise(DivisionUndefined if not self._int else InvalidOperation, InvalidOperation)
            return nan()
        exp = min(self._exp, other._exp)
        va = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        vb = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        q, r = divmod(abs(va), abs(vb))
        # The nearest integer quotient, ties to even.
        if 2 * r > abs(vb) or (2 * r == abs(vb) and q % 2):
            q += 1
        if len(str(q)) > context.prec:
            context._raise(DivisionImpossible, InvalidOperation)
            return nan()
        n = q if (va < 0) == (vb < 0) else -q
        rem = va - n * vb
        sign = self._sign if rem == 0 else int(rem < 0)
        return Decimal._make(sign, abs(rem), exp)._fix(context)

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special:
            result = nan_operand(self, self, context)
            return self if result is None else result
        if self._exp >= 0:
            return self
        coeff, inexact = round_coefficient(self._sign, self._int, -self._exp, rounding or context.rounding)
        context._raise(None, *((Inexact, Rounded) if inexact else (Rounded,)))
        return Decimal._make(self._sign, coeff, 0)

    def is_normal(self, context=None):
        context = context or getcontext()
        return not self._special and bool(self._int) and self.adjusted() >= context.Emin

    def is_subnormal(self, context=None):
        context = context or getcontext()
        return not self._special and bool(self._int) and self.adjusted() < context.Emin

    def number_class(self, context=None):
        context = context or getcontext()
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.adjusted() < context.Emin else 'Normal')

    Decimal.same_quantum = same_quantum
    Decimal.scaleb = scaleb
    Decimal.logb = logb
    Decimal.fma = fma
    Decimal.compare_total = compare_total
    Decimal.compare_total_mag = compare_total_mag
    Decimal.compare_signal = compare_signal
    Decimal.max_mag = lambda self, other, context=None: magnitude_pick(self, other, context, True)
    Decimal.min_mag = lambda self, other, context=None: magnitude_pick(self, other, context, False)
    Decimal.remainder_near = remainder_near
    Decimal.to_integral_exact = to_integral_exact
    Decimal.is_normal = is_normal
    Decimal.is_subnormal = is_subnormal
    Decimal.number_class = number_class
