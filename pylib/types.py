"""types for pyx: the types of the interpreter's objects (taken from objects of each kind, as
CPython's types.py does), SimpleNamespace, MappingProxyType, new_class/resolve_bases."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'GeneratorType', 'NoneType', 'EllipsisType',
           'NotImplementedType', 'GenericAlias', 'UnionType', 'SimpleNamespace', 'MappingProxyType', 'new_class',
           'prepare_class', 'resolve_bases', 'DynamicClassAttribute', 'coroutine']


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


def _generator():
    yield 1


GeneratorType = type(_generator())


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)
del _C, _function, _generator


class SimpleNamespace:
    """An object whose attributes are given as keywords; prints as namespace(a=1, b=2)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        items = dict(mapping_or_iterable)
        items.update(kwargs)
        for key in items:
            if not isinstance(key, str):
                raise TypeError('keywords must be strings')
        self.__dict__.update(items)

    def __repr__(self):
        if id(self) in _repr_running:
            return f'{self._repr_name()}(...)'
        _repr_running.add(id(self))
        try:
            inner = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(id(self))
        return f'{self._repr_name()}({inner})'

    def _repr_name(self):
        return 'namespace' if type(self) is SimpleNamespace else type(self).__name__

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __replace__(self, /, **changes):
        result = type(self)(**self.__dict__)
        result.__dict__.update(changes)
        return result


_repr_running = set()


class _MappingProxy:
    """A read-only view of a mapping (what a class's __dict__ is in CPython)."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if isinstance(mapping, (list, tuple)) or not (
                isinstance(mapping, dict) or hasattr(mapping, '__getitem__')):
            raise TypeError(f'mappingproxy() argument must be a mapping, not '
                            f'{type(mapping).__name__}')
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        return dict(self._mapping) | dict(other)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


_MappingProxy.__name__ = _MappingProxy.__qualname__ = 'mappingproxy'


class _Probe:
    pass


def _native_mapping_proxy():
    """The runtime's mappingproxy type (that of a class's __dict__) if it can be constructed
    from a mapping, as types.MappingProxyType must; else None."""
    native = type(_Probe.__dict__)
    if native is dict:
        return None
    try:
        native({})
    except TypeError:
        return None
    return native


MappingProxyType = _native_mapping_proxy() or _MappingProxy
del _Probe, _native_mapping_proxy


def resolve_bases(bases):
    """Replaces each base that defines __mro_entries__ by what it returns (PEP 560)."""
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            new_bases.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases.extend(entries)
        changed = True
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                            '(non-strict) subclass of the metaclasses of all its bases')
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would (metaclass, __prepare__, __mro_entries__)."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class _DynamicClassAttribute:
    """A property on instances; looking it up on the class goes to the class's __getattr__
    (AttributeError here)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.__isabstractmethod__ = getattr(fget, '__isabstractmethod__', False)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


DynamicClassAttribute = _DynamicClassAttribute
DynamicClassAttribute.__name__ = DynamicClassAttribute.__qualname__ = 'DynamicClassAttribute'


class _GeneratorWrapper:
    """The awaitable types.coroutine returns for a generator: __await__ (and __iter__) hand back
    the generator itself, the rest delegates to it. CPython marks a decorated generator
    function's code CO_ITERABLE_COROUTINE instead and wraps only other callables' generators;
    pyx's code objects carry no such flag, so every decorated generator goes through here."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, *rest):
        return self.__wrapped.throw(typ, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Makes a generator function's generators awaitable (PEP 492's @types.coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is GeneratorType:
            return _GeneratorWrapper(result)
        return result
    return wrapped
