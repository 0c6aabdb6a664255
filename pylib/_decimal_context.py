"""decimal's contexts, signals and rounding (part of pylib's decimal)."""

__all__ = ['Context', 'getcontext', 'setcontext', 'localcontext', 'round_coefficient']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
             Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# The signals as a context lists them (libmpdec's flag order); conditions such as
# DivisionUndefined are reported under their signal (InvalidOperation).
_SIGNALS = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
            Rounded, Subnormal, Underflow)
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class Context:
    """Precision, rounding, exponent limits, which signals raise (traps) and which happened
    (flags)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default_template
        self.prec = prec if prec is not None else base['prec']
        self.rounding = rounding if rounding is not None else base['rounding']
        self.Emin = Emin if Emin is not None else base['Emin']
        self.Emax = Emax if Emax is not None else base['Emax']
        self.capitals = capitals if capitals is not None else base['capitals']
        self.clamp = clamp if clamp is not None else base['clamp']
        if traps is None:
            traps = base['traps']
        if isinstance(traps, dict):
            self.traps = {s: bool(traps.get(s, False)) for s in _SIGNALS}
        else:
            self.traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = []
        if isinstance(flags, dict):
            self.flags = {s: bool(flags.get(s, False)) for s in _SIGNALS}
        else:
            self.flags = {s: s in flags for s in _SIGNALS}

    def __setattr__(self, name, value):
        if name == 'prec' and not (isinstance(value, int) and 1 <= value <= MAX_PREC):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, '
                            'ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, '
                            'ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _SIGNALS if self.flags[s])
        traps = ', '.join(s.__name__ for s in _SIGNALS if self.traps[s])
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f'flags=[{flags}], traps=[{traps}])')

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, *signals):
        """Records the signals; raises condition if any of them is trapped (as libmpdec, the
        exception lists the conditions)."""
        raised = None
        for signal in signals:
            self.flags[signal] = True
            if self.traps[signal] and raised is None:
                raised = signal
        if raised is not None:
            raise raised([condition or raised])

    def create_decimal(self, num='0'):
        from decimal import Decimal
        return Decimal(num)._fix(self)

    # The arithmetic operations as context methods.
    def _d(self, x):
        from decimal import Decimal
        return x if isinstance(x, Decimal) else Decimal(x)

    def add(self, a, b):
        return self._d(a)._add(self._d(b), self)

    def subtract(self, a, b):
        return self._d(a)._add(-self._d(b)._exact_copy(), self)

    def multiply(self, a, b):
        return self._d(a)._mul(self._d(b), self)

    def divide(self, a, b):
        return self._d(a)._div(self._d(b), self)

    def sqrt(self, a):
        return self._d(a).sqrt(self)

    def quantize(self, a, b):
        return self._d(a).quantize(self._d(b), context=self)

    def plus(self, a):
        return self._d(a)._fix(self)

    def minus(self, a):
        return (-self._d(a)._exact_copy())._fix(self)

    def abs(self, a):
        return abs(self._d(a)._exact_copy())._fix(self)


_default_template = {'prec': 28, 'rounding': ROUND_HALF_EVEN, 'Emin': -999999,
                     'Emax': 999999, 'capitals': 1, 'clamp': 0,
                     'traps': [DivisionByZero, Overflow, InvalidOperation]}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [None]


def getcontext():
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """with localcontext() as ctx: changes to ctx last until the block ends."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


def round_coefficient(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits removed, rounded by the mode; (new coeff, inexact)."""
    if drop <= 0:
        return coeff * 10 ** -drop, False
    divisor = 10 ** drop
    kept, rest = divmod(coeff, divisor)
    if rest == 0:
        return kept, False
    half = divisor // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = rest >= half
    elif rounding == ROUND_HALF_DOWN:
        up = rest > half
    elif rounding == ROUND_HALF_EVEN:
        up = rest > half or (rest == half and kept % 2 == 1)
    else:  # ROUND_05UP: away from zero only if the last kept digit is 0 or 5
        up = kept % 5 == 0
    return kept + (1 if up else 0), True
