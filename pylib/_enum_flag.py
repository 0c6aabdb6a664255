"""Flag and IntFlag (part of pylib's enum): members are bits; |, &, ^, ~ make combinations,
named 'A|B' from the single-bit members they contain, in definition order."""

from enum import Enum, ReprEnum, StrEnum, EnumType, auto

__all__ = ['Flag', 'IntFlag', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'verify', 'show_flag_values']


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bin(num, max_bits=None):
    """'0b0 1000': a sign bit, a space, then the bits, padded to max_bits (as enum.bin)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace('1', '0', 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


def show_flag_values(value):
    bits = []
    bit = 1
    while bit <= value:
        if value & bit:
            bits.append(bit)
        bit <<= 1
    return bits


class Flag(Enum, boundary=STRICT):
    """Enum of bit flags."""
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value == member._value_ and member._value_:
                yield member

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {_bin(value, max_bits)}\n'
                                 f'  allowed {_bin(flag_mask, max_bits)}')
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        known = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if known or unknown:
            names = [m._name_ for m in cls._iter_member_(known)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(type(self)._iter_member_(self._value_)))

    def __len__(self):
        return sum(1 for _ in type(self)._iter_member_(self._value_))

    def __repr__(self):
        cls_name = type(self).__name__
        value_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {value_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {value_repr(self._value_)}>'

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__name__}({self._value_!r})'
        return f'{type(self).__name__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, flag):
        if isinstance(flag, type(self)):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._other_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._other_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._other_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ other_value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints (and combine with ints)."""


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking UNIQUE / CONTINUOUS / NAMED_FLAGS."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
                if aliases:
                    details = ', '.join(f'{a} -> {n}' for a, n in aliases)
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                values = sorted(m._value_ for m in enumeration)
                if values:
                    if issubclass(enumeration, Flag):
                        expected = [2 ** i for i in range(values[-1].bit_length())]
                    else:
                        expected = list(range(values[0], values[-1] + 1))
                    missing = [v for v in expected if v not in values]
                    if missing:
                        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
                        raise ValueError(f'invalid {kind} {cls_name!r}: missing values '
                                         f'{", ".join(map(str, missing))}')
            elif check is NAMED_FLAGS:
                singles = 0
                for m in enumeration:
                    singles |= m._value_
                for name, m in enumeration.__members__.items():
                    if m._value_ & ~singles:
                        raise ValueError(f'invalid Flag {cls_name!r}: alias {name} is missing '
                                         f'combined values')
        return enumeration


for _cls in (FlagBoundary, Flag, IntFlag, EnumCheck, verify):
    type.__setattr__(_cls, '__module__', 'enum')
del _cls
