"""dataclasses' functions over instances (asdict, astuple, replace), make_dataclass, and the
pieces the decorator shares (a recursion-safe repr, the generated __doc__)."""

import sys
from _dataclasses_fields import (MISSING, Field, _FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR,
                                 _FIELDS, _HAS_DEFAULT_FACTORY, fields, is_dataclass)

__all__ = ['asdict', 'astuple', 'replace', 'make_dataclass']


def _recursive_repr(user_function):
    """Makes a repr that shows '...' for an object already being repr'd up the stack."""
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    return wrapper


def _format_annotation(annotation):
    # inspect.formatannotation's rules: typing's objects lose their 'typing.' prefix, classes
    # print as module.qualname (bare for builtins), anything else (a string) as its repr.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_doc(cls, all_fields):
    """'Point(x: int, y: int = 0)': what CPython derives from inspect.signature(cls)."""
    params = []
    kw_only = []
    for f in all_fields:
        if f._field_type is _FIELD_CLASSVAR or not f.init:
            continue
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        (kw_only if f.kw_only else params).append(text)
    if kw_only:
        params.append('*')
        params.extend(kw_only)
    return f'{cls.__name__}({", ".join(params)})'


def _copy_value(obj, dict_factory, as_tuple):
    if is_dataclass(obj) and not isinstance(obj, type):
        values = [(f.name, _copy_value(getattr(obj, f.name), dict_factory, as_tuple))
                  for f in fields(obj)]
        if as_tuple:
            return tuple(value for _, value in values)
        return dict_factory(values)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_copy_value(v, dict_factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_value(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_value(k, dict_factory, as_tuple),
                          _copy_value(v, dict_factory, as_tuple)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _copy_value(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_copy_value(obj, dict, True))


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed (through __init__)."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """A new dataclass named cls_name; fields are names, (name, type) or (name, type, Field)."""
    from dataclasses import dataclass
    namespace = {} if namespace is None else namespace.copy()
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = annotation
    namespace['__annotations__'] = annotations
    if module is None:
        getframe = getattr(sys, '_getframe', None)
        module = getframe(1).f_globals.get('__name__', '__main__') if getframe else '__main__'
    namespace['__module__'] = module
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
