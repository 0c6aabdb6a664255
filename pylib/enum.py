"""enum for pyx: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API.

Members are found in the class namespace after the body ran (no custom __prepare__ needed):
every name that is not _sunder_/__dunder__, not a descriptor (function, property,
classmethod...) and not listed in _ignore_ becomes a member, in definition order.
"""

import sys
from types import MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'EnumCheck',
           'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'show_flag_values', 'pickle_by_enum_name',
           'pickle_by_global_name']

_builtin_property = property


class auto:
    """Stands for "the next value": _generate_next_value_ replaces it when the class is made."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return f'auto({self.value!r})' if self.value is not None else 'auto(...)'


class member:
    """Forces a value to be a member (e.g. a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members."""

    def __init__(self, value):
        self.value = value


try:
    class property(_builtin_property):
        """enum.property: a property that a member of the same name does not shadow."""
except TypeError:
    # A runtime where property cannot be subclassed yet (pyx, reported): the builtin one.
    property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = f'_{cls_name.lstrip("_")}__'
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _member_names(cls_name, classdict):
    ignore = classdict.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    names = []
    for name, value in classdict.items():
        if isinstance(value, member):
            names.append(name)
        elif isinstance(value, nonmember):
            continue
        elif (_is_dunder(name) or _is_sunder(name) or _is_private(cls_name, name)
              or name in ignore or _is_descriptor(value)):
            continue
        else:
            names.append(name)
    return names


def _find_data_type(bases):
    """The non-Enum type the members also are (int for IntEnum), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or base in (int, str, float, bytes, tuple, complex):
                return base
    return object


def _find_new(classdict, member_type, first_enum):
    """(the __new__ that makes members, whether the class body defined it): the class's own,
    else a _new_member_ or __new__ of the data type or the last Enum base, as CPython looks."""
    new = classdict.get('__new__')
    if new is not None:
        return getattr(new, '__func__', new), True
    enum_new = Enum.__new__ if 'Enum' in globals() else None
    skip = (None, object.__new__, enum_new)
    for method in ('_new_member_', '__new__'):
        for possible in (member_type, first_enum):
            target = getattr(possible, method, None)
            if not any(target is s for s in skip):
                return target, False
    return object.__new__, False


class _EnumDict(dict):
    """The namespace of an enum's class body: resolves auto() as each member is assigned (so
    later lines of the body can use the values) and refuses a name defined twice.

    Invariants: _member_names lists the members in assignment order; _last_values their
    resolved values (what _generate_next_value_ receives).
    """

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            self._generate = getattr(value, '__func__', value)
        elif key == '_ignore_':
            self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        if key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        if (not isinstance(value, member) and (
                isinstance(value, nonmember) or _is_dunder(key) or _is_sunder(key)
                or _is_private(self._cls_name, key) or key in self._ignore
                or _is_descriptor(value))):
            dict.__setitem__(self, key, value)
            return
        if key in self:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        if isinstance(value, member):
            value = value.value
        count = len(self._member_names)
        if isinstance(value, auto):
            if value.value is None:
                value.value = self._generate(key, 1, count, self._last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(self._generate(key, 1, count, self._last_values[:])
                          if isinstance(v, auto) and v.value is None
                          else v.value if isinstance(v, auto) else v for v in value)
        self._member_names.append(key)
        self._last_values.append(value)
        dict.__setitem__(self, key, value)


class EnumType(type):
    """Metaclass of Enum: class-level iteration, lookup by name (cls[name]) and value (cls(v))."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        first_enum = None
        for base in bases:
            if isinstance(base, EnumType):
                first_enum = base
        return _EnumDict(cls, getattr(first_enum, '_generate_next_value_', None))

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        from _enum_build import build_enum
        return build_enum(metacls, cls, bases, classdict, boundary, kwds)

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None and not values:
            return cls.__new__(cls, value)
        if values:
            raise TypeError(f'{cls.__name__}() takes 1 positional argument but '
                            f'{len(values) + 2} were given')
        from _enum_build import functional_api
        return functional_api(cls, value, names, module, qualname, type, start, boundary)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return any(m._value_ == value for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @_builtin_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None  # defined below; EnumType.__repr__ checks it


class Enum(metaclass=EnumType):
    """Base of enumerations: members are the class's values, looked up by Color(1) or
    Color['RED'], printed as Color.RED and <Color.RED: 1>."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                        f'None or a valid member')

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError(f'unable to sort non-numeric values') from None

    def __repr__(self):
        value_repr = type(self)._value_repr_ or repr
        return f'<{type(self).__name__}.{self._name_}: {value_repr(self._value_)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Members print (str/format) as their value does; repr stays the enum's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lowercased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator refusing aliases: ValueError lists each alias -> its member."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


from _enum_flag import (Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP,
                        EnumCheck, CONTINUOUS, NAMED_FLAGS, UNIQUE, verify, show_flag_values)
from _enum_build import global_enum, pickle_by_enum_name, pickle_by_global_name

for _cls in (EnumType, Enum, ReprEnum, IntEnum, StrEnum, auto, member, nonmember):
    type.__setattr__(_cls, '__module__', 'enum')
if property is not _builtin_property:
    property.__module__ = 'enum'
del _cls
