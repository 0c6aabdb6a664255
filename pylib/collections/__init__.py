"""collections for pyx: defaultdict, Counter, OrderedDict, namedtuple, ChainMap, UserDict,
UserList, UserString, and deque (native, from _collections).

Written for pyx from the documented behaviour of CPython 3.13 (reprs, orderings and error
messages match it); dict subclasses rely on pyx calling __missing__ from dict.__getitem__.
"""

import sys as _sys
from _collections import deque
from _pyx_signature import bind as _bind

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


# --- defaultdict ---------------------------------------------------------------------------

class defaultdict(dict):
    """dict whose missing keys are filled by calling default_factory."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# --- OrderedDict ---------------------------------------------------------------------------

class OrderedDict(dict):
    """dict that remembers insertion order (as every dict does) and can reorder it."""

    # CPython's odict fills itself through self[key] = value (mutablemapping_update), so a
    # subclass's __setitem__ sees every item of __init__, update, |= and setdefault; when
    # __setitem__ is dict's, dict.update does the same in one step.
    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self.update(*args, **kwds)

    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        plain = type(self).__setitem__ is dict.__setitem__
        if args:
            other = args[0]
            if type(other) is dict:
                if plain:
                    dict.update(self, other)
                else:
                    for key, value in dict.items(other):
                        self[key] = value
            elif hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for pair in other:
                    pair = tuple(pair)
                    if len(pair) != 2:
                        if len(pair) > 2:
                            raise ValueError('too many values to unpack (expected 2)')
                        raise ValueError(f'need more than {len(pair)} value{"" if len(pair) == 1 else "s"} to unpack')
                    self[pair[0]] = pair[1]
        if kwds:
            if plain:
                dict.update(self, kwds)
            else:
                for key, value in kwds.items():
                    self[key] = value

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __ior__(self, other):
        self.update(other)
        return self

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # Rebuild with key first: dicts only append, so the other items are re-inserted after it.
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict.__repr__(self)})'

    def copy(self):
        # odict_copy: a subclass is made empty, then filled through its own __getitem__/__setitem__.
        new = type(self)()
        if type(self) is OrderedDict:
            dict.update(new, self)
        else:
            for key in self:
                new[key] = self[key]
        return new

    __copy__ = copy

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new


# --- namedtuple ----------------------------------------------------------------------------

_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'))


class _tuplegetter:
    """A namedtuple field: reads item `index`; assignment and deletion fail with CPython's
    _collections._tuplegetter messages (a property would say it has no setter)."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


_tuplegetter.__module__ = '_collections'


def _field_getter(index, name):
    return _tuplegetter(index, f'Alias for field number {index}')


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items are also attributes named by field_names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename)) if hasattr(_sys, 'intern') else str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    fields = tuple(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    n_fields = len(fields)

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == n_fields:
            return tuple.__new__(_cls, args)
        return tuple.__new__(_cls, _bind(f'{typename}.__new__', fields, field_defaults, args, kwargs))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != n_fields:
            raise TypeError(f'Expected {n_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwargs):
        result = self._make([kwargs.pop(name) if name in kwargs else value
                             for name, value in zip(fields, self)])
        if kwargs:
            raise TypeError(f'Got unexpected field names: {list(kwargs)!r}')
        return result

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({inner})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    # The docstrings and qualnames CPython's namedtuple gives its methods (help() and
    # introspection show them).
    __new__.__doc__ = f'Create new instance of {typename}({", ".join(fields)})'
    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index, name)
    result = type(typename, (tuple,), namespace)
    if module is None:
        getframe = getattr(_sys, '_getframe', None)
        module = getframe(1).f_globals.get('__name__', '__main__') if getframe else '__main__'
    result.__module__ = module
    return result


from collections._counter import Counter

# ChainMap and the User* classes stand on collections.abc (the ABCs, abc.ABCMeta): imported at
# their first use (PEP 562), so `import collections` does not load those ~1,100 lines (CPython
# keeps its ABCs frozen and loaded at start-up; pyx would pay ~100 ms per run).
_LAZY = {'ChainMap': 'collections._chainmap', 'UserDict': 'collections._user',
         'UserList': 'collections._user', 'UserString': 'collections._user'}


def __getattr__(name):
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'collections' has no attribute '{name}'")
    import importlib
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))

