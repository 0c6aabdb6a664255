"""How enum classes are built (part of pylib's enum): members made from the class namespace,
aliases, auto() values, Flag bookkeeping, and the functional API Enum('Name', 'A B C')."""

import sys
import enum as _enum

__all__ = ['build_enum', 'functional_api', 'global_enum']


def _enum_bases(bases):
    """(member data type, the last Enum base): CPython's _get_mixins_."""
    first_enum = None
    for base in bases:
        if isinstance(base, _enum.EnumType):
            first_enum = base
    if bases and first_enum is None:
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _enum._find_data_type(bases), first_enum


def _resolve_value(enum_name, name, value, generate, member_names, last_values, start):
    if isinstance(value, _enum.member):
        value = value.value
    if isinstance(value, _enum.auto):
        if value.value is None:
            value.value = generate(name, start, len(last_values), last_values[:])
        return value.value
    if isinstance(value, tuple) and any(isinstance(v, _enum.auto) for v in value):
        return tuple(generate(name, start, len(last_values), last_values[:])
                     if isinstance(v, _enum.auto) else v for v in value)
    return value


def build_enum(metacls, cls_name, bases, classdict, boundary, kwds):
    member_type, first_enum = _enum_bases(bases)
    if first_enum is not None and first_enum._member_names_:
        raise TypeError(f'<enum {cls_name!r}> cannot extend {first_enum!r}')
    if first_enum is None:
        names = []
    elif isinstance(classdict, _enum._EnumDict):
        names = list(classdict._member_names)
    else:
        names = _member_names(cls_name, classdict)
    raw_values = {name: classdict[name] for name in names}
    namespace = {k: v for k, v in classdict.items() if k not in raw_values}
    for key, value in list(namespace.items()):
        if isinstance(value, _enum.nonmember):
            namespace[key] = value.value
    new_member, own_new = _enum._find_new(classdict, member_type, first_enum)
    if '_ignore_' in namespace:
        ignore = namespace.pop('_ignore_')
        for name in (ignore.replace(',', ' ').split() if isinstance(ignore, str) else ignore):
            namespace.pop(name, None)
    enum_class = type.__new__(metacls, cls_name, bases, namespace, **kwds)
    setter = type.__setattr__
    setter(enum_class, '_member_names_', [])
    setter(enum_class, '_member_map_', {})
    setter(enum_class, '_value2member_map_', {})
    setter(enum_class, '_unhashable_values_', [])
    setter(enum_class, '_member_type_', member_type)
    setter(enum_class, '_new_member_', new_member)
    if '_value_repr_' not in classdict:
        setter(enum_class, '_value_repr_', getattr(first_enum, '_value_repr_', None)
               if first_enum is not None else None)
    if first_enum is not None:
        # Members are made by new_member; calling the class looks a value up (Enum.__new__),
        # whatever __new__ the body or a data type (int.__new__ for IntFlag) would give.
        setter(enum_class, '__new__', _enum.Enum.__dict__['__new__'])
    if first_enum is not None:
        # A data type's repr/str/format found before Enum's in the MRO (int's for IntEnum) is
        # replaced by the enum's, unless the class body defined it.
        for attr in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if attr not in classdict:
                found = getattr(enum_class, attr)
                if found in (getattr(member_type, attr, None), getattr(object, attr, None)):
                    setter(enum_class, attr, getattr(first_enum, attr))
    repr_enum = getattr(_enum, 'ReprEnum', None)
    if repr_enum is not None and repr_enum in bases:
        # IntEnum, StrEnum, IntFlag: str() and format() are the data type's.
        if '__format__' not in classdict:
            setter(enum_class, '__format__', member_type.__format__)
        if '__str__' not in classdict:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            setter(enum_class, '__str__', method)
    # Flag itself is being made while enum.Flag is still None: it is the one passing boundary.
    is_flag = boundary is not None or (_enum.Flag is not None and issubclass(enum_class, _enum.Flag))
    if is_flag and _enum.Flag is not None:
        # Flag's operators win over a data type's (int.__or__ comes first in IntFlag's MRO).
        for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                   '__invert__'):
            if op not in classdict:
                setter(enum_class, op, getattr(_enum.Flag, op))
    if is_flag:
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        setter(enum_class, '_boundary_', boundary)
    generate = getattr(enum_class, '_generate_next_value_')
    last_values = []
    start = 1
    for name in names:
        value = _resolve_value(cls_name, name, raw_values[name], generate, names, last_values, start)
        _add_member(enum_class, name, value, member_type, new_member)
        last_values.append(value)
    if is_flag:
        _enum_flag_setup(enum_class)
    return enum_class


from _enum_members import _add_member, _enum_flag_setup

_member_names = _enum._member_names


def functional_api(cls, class_name, names, module, qualname, type, start, boundary):
    """Enum('Color', 'RED GREEN') / (['RED', 'GREEN']) / ([('RED', 1)]) / ({'RED': 1})."""
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        original, names = names, []
        last_values = []
        for count, name in enumerate(original):
            value = cls._generate_next_value_(name, start, count, last_values[:])
            last_values.append(value)
            names.append((name, value))
    elif names is None:
        names = ()
    items = names.items() if hasattr(names, 'items') else names
    classdict = {}
    for item in items:
        if isinstance(item, str):
            member_name, member_value = item, names[item]
        else:
            member_name, member_value = item
        if member_name in classdict:
            raise TypeError(f'{member_name!r} already defined as {classdict[member_name]!r}')
        classdict[member_name] = member_value
    if module is None:
        getframe = getattr(sys, '_getframe', None)
        module = getframe(2).f_globals.get('__name__', '__main__') if getframe else '__main__'
    classdict['__module__'] = module
    if qualname is not None:
        classdict['__qualname__'] = qualname
    bases = (cls,) if type is None else (type, cls)
    metacls = cls.__class__
    return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


def global_enum(cls, update_str=False):
    """Copies the members into their module's globals."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        for name, value in cls.__members__.items():
            setattr(module, name, value)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
