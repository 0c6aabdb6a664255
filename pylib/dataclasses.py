"""dataclasses for pyx: @dataclass and its helpers.

CPython generates the special methods as source text and execs it; here __init__ is too
(_generated_init: each instance is then a plain Python call), the others are closures over
the class's field list, with CPython's error messages (_pyx_signature.bind).
"""

import sys
from _pyx_signature import bind as _bind
from _dataclasses_fields import (MISSING, KW_ONLY, Field, InitVar, FrozenInstanceError,
                                field, fields, is_dataclass, _FIELD, _FIELD_CLASSVAR,
                                _FIELD_INITVAR, _FIELDS, _PARAMS, _DataclassParams,
                                _HAS_DEFAULT_FACTORY, _collect_fields)
from _dataclasses_helpers import asdict, astuple, replace, make_dataclass, _recursive_repr, _signature_doc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']

_POST_INIT = '__post_init__'


def _set_new(cls, name, value):
    """Sets cls.name unless the class body defined it; True if it was already defined."""
    if name in cls.__dict__:
        return True
    try:
        value.__name__ = name
        value.__qualname__ = f'{cls.__qualname__}.{name}'
    except AttributeError:
        pass  # only repr(method) shows these; a runtime with read-only names still works
    setattr(cls, name, value)
    return False


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    positional = [f.name for f in init_fields if not f.kw_only]
    kw_only = [f.name for f in init_fields if f.kw_only]
    defaults = {}
    for f in init_fields:
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = _HAS_DEFAULT_FACTORY
    pos_defaults = {n: v for n, v in defaults.items() if n in positional}
    kw_defaults = {n: v for n, v in defaults.items() if n in kw_only}
    names = positional + kw_only
    by_name = {f.name: f for f in init_fields}
    # Fields with init=False but a default or factory are still set by __init__.
    implicit = [f for f in all_fields if f._field_type is _FIELD and not f.init
                and (f.default is not MISSING or f.default_factory is not MISSING)]
    initvars = [f.name for f in init_fields if f._field_type is _FIELD_INITVAR]
    qualname = f'{cls.__qualname__}.__init__'
    generated = _generated_init(cls, names, by_name, pos_defaults, kw_only, kw_defaults, implicit, frozen, has_post_init)
    if generated is not None:
        return generated
    store = object.__setattr__ if frozen else None

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, positional, pos_defaults, args, kwargs, kw_only, kw_defaults)
        initvar_values = []
        for name, value in zip(names, values):
            f = by_name[name]
            if value is _HAS_DEFAULT_FACTORY:
                value = f.default_factory()
            if f._field_type is _FIELD_INITVAR:
                initvar_values.append(value)
            elif store is None:
                setattr(self, name, value)
            else:
                store(self, name, value)
        for f in implicit:
            value = f.default_factory() if f.default_factory is not MISSING else f.default
            if store is None:
                setattr(self, f.name, value)
            else:
                store(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvar_values)
    return __init__


def _generated_init(cls, names, by_name, pos_defaults, kw_only, kw_defaults, implicit, frozen, has_post_init):
    """__init__ as CPython writes it: source text exec'd once, so that each call is a plain
    Python call (the closure below binds through _pyx_signature.bind, ~100x slower per
    instance). Defined inside classes named as cls's qualname, so the interpreter's own argument
    errors say 'P.__init__()'; None where that cannot be spelled (a <locals> qualname, names
    that a class body would mangle): the closure then."""
    path = cls.__qualname__.split('.')
    private = [n for n in list(names) + [f.name for f in implicit] + path[1:]
               if n.startswith('__') and not n.endswith('__')]
    if private or not all(part.isidentifier() for part in path):
        return None
    self_name = '__dataclass_self__' if 'self' in names else 'self'
    env = {'__name__': cls.__module__, '__dataclass_object__': object,
           '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY}
    params = [self_name]
    first_kw_only = kw_only[0] if kw_only else None
    for name in names:
        if name == first_kw_only:
            params.append('*')
        defaults = kw_defaults if name in kw_only else pos_defaults
        if name in defaults:
            env[f'__dataclass_dflt_{name}__'] = defaults[name]
            params.append(f'{name}=__dataclass_dflt_{name}__')
        else:
            params.append(name)
    body = []

    def assign(name, value):
        if frozen:
            body.append(f'__dataclass_object__.__setattr__({self_name}, {name!r}, {value})')
        else:
            body.append(f'{self_name}.{name} = {value}')
    initvars = []
    for name in names:
        f = by_name[name]
        if f.default_factory is not MISSING:
            env[f'__dataclass_fact_{name}__'] = f.default_factory
            body.append(f'if {name} is __dataclass_HAS_DEFAULT_FACTORY__: {name} = __dataclass_fact_{name}__()')
        if f._field_type is _FIELD_INITVAR:
            initvars.append(name)
        else:
            assign(name, name)
    for f in implicit:
        if f.default_factory is not MISSING:
            env[f'__dataclass_fact_{f.name}__'] = f.default_factory
            assign(f.name, f'__dataclass_fact_{f.name}__()')
        else:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            assign(f.name, f'__dataclass_dflt_{f.name}__')
    if has_post_init:
        body.append(f'{self_name}.{_POST_INIT}({", ".join(initvars)})')
    lines = [f'{"  " * depth}class {part}:' for depth, part in enumerate(path)]
    indent = '  ' * len(path)
    lines.append(f'{indent}def __init__({", ".join(params)}):')
    lines.extend(f'{indent}  {line}' for line in body or ['pass'])
    namespace = {}
    exec('\n'.join(lines) + '\n', env, namespace)
    holder = namespace[path[0]]
    for part in path[1:]:
        holder = holder.__dict__[part]
    init = holder.__dict__['__init__']
    init.__module__ = cls.__module__
    return init


def _make_repr(repr_fields):
    names = [f.name for f in repr_fields]

    @_recursive_repr
    def __repr__(self):
        inner = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        return f'{type(self).__qualname__}({inner})'
    return __repr__


def _make_compare(op_name, compare_fields):
    names = [f.name for f in compare_fields]

    def values(obj):
        return tuple(getattr(obj, name) for name in names)

    if op_name == '__eq__':
        def method(self, other):
            if self is other:
                return True
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif op_name == '__lt__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif op_name == '__le__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif op_name == '__gt__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    return method


def _make_hash(hash_fields):
    names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(tuple(getattr(self, name) for name in names))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    for name, method in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
        if _set_new(cls, name, method):
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # object.__setattr__: a frozen class's own __setattr__ refuses every field.
        object.__setattr__(self, f.name, value)


def _add_slots(cls, field_names, is_frozen):
    namespace = dict(cls.__dict__)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    namespace['__slots__'] = tuple(field_names)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        # copy and pickle restore a frozen slotted instance through these (no __dict__ to fill).
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    all_fields, any_frozen_base, all_frozen_bases, has_dataclass_bases = _collect_fields(cls, kw_only)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots))
    setattr(cls, _FIELDS, {f.name: f for f in all_fields})
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    data_fields = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        # Defaults must not precede non-defaults among the positional init parameters.
        seen_default = None
        for f in all_fields:
            if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only:
                if f.default is MISSING and f.default_factory is MISSING:
                    if seen_default is not None:
                        raise TypeError(f'non-default argument {f.name!r} follows default '
                                        f'argument {seen_default!r}')
                elif seen_default is None:
                    seen_default = f.name
        _set_new(cls, '__init__', _make_init(cls, all_fields, frozen, hasattr(cls, _POST_INIT)))
    if repr:
        _set_new(cls, '__repr__', _make_repr([f for f in data_fields if f.repr]))
    compare_fields = [f for f in data_fields if f.compare]
    if eq:
        _set_new(cls, '__eq__', _make_compare('__eq__', compare_fields))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new(cls, name, _make_compare(name, compare_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        _make_frozen(cls, {f.name for f in data_fields})
    hash_fields = [f for f in data_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and not has_explicit_hash:
        cls.__hash__ = _make_hash(hash_fields) if frozen else None
    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls, all_fields)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields
                                   if f._field_type in (_FIELD, _FIELD_INITVAR)
                                   and f.init and not f.kw_only)
    if slots:
        cls = _add_slots(cls, [f.name for f in data_fields], frozen)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and more on request) built from the class's fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)
