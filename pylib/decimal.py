"""decimal for pyx (basics): Decimal with the General Decimal Arithmetic rules CPython follows
for the common operations — construction from str/int/float/tuple, + - * / // % divmod **
(integer powers), comparisons, hashing equal to equal ints/floats, quantize, sqrt, rounding
modes, str/repr, and contexts (precision, rounding, traps, flags, localcontext).

exp, ln and log10 are correctly rounded, as CPython's (_decimal_log.py); scaleb, logb, fma,
compare_total(_mag), compare_signal, max_mag/min_mag, remainder_near, to_integral_exact,
same_quantum, number_class, is_normal/is_subnormal are in _decimal_more.py. Not provided: the
logical operations, rotate/shift, next_plus/next_minus/next_toward, the full __format__
mini-language (fill, align, sign, ',' and precision with 'f'/'e'/'g'/'%' are).
"""

from collections import namedtuple as _namedtuple
from _decimal_context import (Context, getcontext, setcontext, localcontext, DefaultContext,
                              BasicContext, ExtendedContext, DecimalException, Clamped,
                              InvalidOperation, ConversionSyntax, DivisionByZero,
                              DivisionImpossible, DivisionUndefined, Inexact, InvalidContext,
                              Rounded, Subnormal, Overflow, Underflow, FloatOperation,
                              ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,
                              MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

from _decimal_number import Decimal
