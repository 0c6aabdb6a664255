"""Decimal's exp, ln and log10, correctly rounded (part of pylib's decimal; written for pyx).

Each value is computed in fixed point on Python ints with some guard digits, giving an
integer A and a bound E such that the true value lies in (A - E, A + E) units of the last
place. When both ends round to the same number at the context's precision, that number is
the correctly rounded result; otherwise the work is redone with more digits (the results
are never exact halfway cases, except the exact ones handled first). As CPython's decimal,
the result is rounded half-even whatever the context's rounding mode, and flags Inexact and
Rounded.

Methods: ln10 by the same series as ln; ln(m) for m in [1, 10) by taking eight square
roots (so m**(1/256) is within 1% of 1) and the atanh series ln(m) = 2*atanh((m-1)/(m+1));
exp(x) as 10**k * exp(r) with r = x - k*ln(10) in [0, ln 10), r halved ten times, a Taylor
series and ten squarings.
"""

import math
from _decimal_context import getcontext, InvalidOperation, Inexact, Rounded, ROUND_HALF_EVEN

__all__ = ['install']

_GUARD = 8  # digits the fixed-point steps lose at most (square roots, series, squarings)
_ROOTS = 8
_HALVINGS = 10


def _ln_fixed(num, scale, w):
    """ln(num / 10**scale) * 10**w, for a value in [1, 10]; error below 1 unit."""
    wg = w + _GUARD
    one = 10 ** wg
    m = num * one // 10 ** scale if scale >= 0 else num * one * 10 ** -scale
    for _ in range(_ROOTS):
        m = math.isqrt(m * one)
    y = (m - one) * one // (m + one)
    y2 = y * y // one
    total = 0
    term = y
    k = 1
    while term:
        total += term // k
        term = term * y2 // one
        k += 2
    return (total * 2 << _ROOTS) // 10 ** _GUARD


_ln10_cache = [0, 0]


def _ln10(w):
    if _ln10_cache[0] < w:
        _ln10_cache[0] = w + 10
        _ln10_cache[1] = _ln_fixed(10, 0, w + 10)
    return _ln10_cache[1] // 10 ** (_ln10_cache[0] - w)


def _ln_value(coeff, exp, w):
    """ln(coeff * 10**exp) * 10**w for coeff > 0, error below 3 units."""
    digits = len(str(coeff))
    k = exp + digits - 1                 # coeff * 10**exp = m * 10**k with m in [1, 10)
    extra = len(str(abs(k))) + 1
    return (_ln_fixed(coeff, digits - 1, w + extra) + k * _ln10(w + extra)) // 10 ** extra


def _exp_value(coeff, exp, sign, w):
    """(A, e) with exp(x) = A * 10**e within 3 units of A, A of about w + 1 digits."""
    k_digits = max(0, exp + len(str(coeff))) + 2
    wg = w + _GUARD + k_digits
    one = 10 ** wg
    x = coeff * 10 ** (wg + exp) if wg + exp >= 0 else coeff // 10 ** -(wg + exp)
    if sign:
        x = -x
    ln10 = _ln10(wg)
    k = x // ln10
    r = x - k * ln10                     # in [0, ln 10)
    r >>= _HALVINGS
    total = one
    term = one
    n = 1
    while term:
        term = term * r // (n * one)
        total += term
        n += 1
    for _ in range(_HALVINGS):
        total = total * total // one
    drop = wg - w
    return total // 10 ** drop, k - w


def _round_between(Decimal, sign, a, e, err, context):
    """The result rounded at context.prec when a - err and a + err agree, else None."""
    lo_ctx = context.copy()
    lo_ctx.rounding = ROUND_HALF_EVEN
    lo_ctx.traps = {key: False for key in lo_ctx.traps}
    hi_ctx = lo_ctx.copy()
    if a - err <= 0:
        return None
    lo = Decimal._make(sign, a - err, e)._fix(lo_ctx)
    hi = Decimal._make(sign, a + err, e)._fix(hi_ctx)
    if (lo._sign, lo._int, lo._exp, lo._special) != (hi._sign, hi._int, hi._exp, hi._special):
        return None
    return lo


def _finish(Decimal, compute, context):
    """Runs compute(w) -> (sign, A, e) with more digits until the rounding is decided."""
    w = context.prec + 3
    while True:
        sign, a, e = compute(w)
        result = _round_between(Decimal, sign, a, e, 3, context)
        if result is not None:
            if result._special == 'F':
                from _decimal_context import Overflow
                context._raise(None, Overflow, Inexact, Rounded)
            else:
                context._raise(None, Inexact, Rounded)
            return result
        w += context.prec + 10


def install(Decimal, Context):
    def _nan_result(self, context):
        if self._special == 'N':
            context._raise(InvalidOperation, InvalidOperation)
        return Decimal._make(self._sign if self._special else 0, self._int, 0, 'n')

    def exp(self, context=None):
        context = context or getcontext()
        if self._special in ('n', 'N'):
            return _nan_result(self, context)
        if self._special == 'F':
            return Decimal(0) if self._sign else Decimal._make(0, 0, 0, 'F')
        if self._int == 0:
            return Decimal(1)
        adjusted = self._exp + len(str(self._int)) - 1
        if adjusted < -(context.prec + 2):
            # exp(x) = 1 + x + ...: 1 followed by prec + 1 zeros, one unit up or down, rounds right.
            p = context.prec + 2
            coeff = 10 ** p - 1 if self._sign else 10 ** p + 1
            return _finish(Decimal, lambda w: (0, coeff * 10 ** 4, -p - 4), context)
        if adjusted > 8 and not self._sign:
            # x >= 1e9: far past the largest exponent.
            return _finish(Decimal, lambda w: (0, 10 ** (w + 4), context.Emax + 10), context)
        if adjusted > 8:
            # x <= -1e9: below the smallest subnormal (CPython also signals Underflow, Subnormal, Clamped).
            context._raise(None, Inexact, Rounded)
            return Decimal._make(0, 0, context.Emin - context.prec + 1)

        def compute(w):
            a, e = _exp_value(self._int, self._exp, self._sign, w)
            return 0, a, e
        return _finish(Decimal, compute, context)

    def _log_checks(self, context):
        if self._special in ('n', 'N'):
            return _nan_result(self, context)
        if self._int == 0 and not self._special:
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            context._raise(InvalidOperation, InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        if self._special == 'F':
            return Decimal._make(0, 0, 0, 'F')
        return None

    def ln(self, context=None):
        context = context or getcontext()
        special = _log_checks(self, context)
        if special is not None:
            return special
        if self._int == 10 ** (len(str(self._int)) - 1) and self._exp + len(str(self._int)) - 1 == 0:
            return Decimal(0)            # ln(1) is exactly 0

        def compute(w):
            v = _ln_value(self._int, self._exp, w)
            return (1 if v < 0 else 0), abs(v), -w
        return _finish(Decimal, compute, context)

    def log10(self, context=None):
        context = context or getcontext()
        special = _log_checks(self, context)
        if special is not None:
            return special
        digits = len(str(self._int))
        if self._int == 10 ** (digits - 1):
            return Decimal(self._exp + digits - 1)   # a power of ten: exact

        def compute(w):
            extra = 4
            v = _ln_value(self._int, self._exp, w + extra) * 10 ** w // _ln10(w + extra)
            return (1 if v < 0 else 0), abs(v), -w
        return _finish(Decimal, compute, context)

    Decimal.exp = exp
    Decimal.ln = ln
    Decimal.log10 = log10
    Context.exp = lambda self, a: self._d(a).exp(self)
    Context.ln = lambda self, a: self._d(a).ln(self)
    Context.log10 = lambda self, a: self._d(a).log10(self)
