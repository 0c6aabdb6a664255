"""typing's base classes (part of pylib's typing): Generic, Protocol and runtime_checkable,
NamedTuple and TypedDict (class and functional forms), the Supports* protocols, IO."""

import collections
from abc import ABCMeta, abstractmethod
from _typing_base import (_GenericAlias, _collect_parameters, TypeVar, ParamSpec,
                          TypeVarTuple)

__all__ = ['Generic', 'Protocol', 'runtime_checkable', 'is_protocol', 'get_protocol_members',
           'NamedTuple', 'TypedDict', 'is_typeddict']


def _is_type_var(p):
    return isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) or (
        isinstance(p, _GenericAlias) and p._name == 'Unpack')


class Generic:
    """Base of generic classes: class Box(Generic[T]) makes Box[int] an alias of Box."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(_is_type_var(p) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                f'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            return _GenericAlias(cls, params)
        expected = getattr(cls, '__parameters__', ())
        if not expected:
            raise TypeError(f'{cls} is not a generic class')
        if len(params) != len(expected) and not any(isinstance(p, TypeVarTuple) for p in expected):
            word = 'many' if len(params) > len(expected) else 'few'
            raise TypeError(f'Too {word} arguments for {cls}; actual {len(params)}, '
                            f'expected {len(expected)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig_bases = cls.__dict__.get('__orig_bases__', ())
        explicit = [b for b in orig_bases if isinstance(b, _GenericAlias)
                    and b.__origin__ in (Generic, Protocol)]
        if explicit:
            params = explicit[0].__args__
        else:
            params = _collect_parameters(orig_bases)
        cls.__parameters__ = tuple(params)


Generic.__module__ = 'typing'

# Names a class body defines that are not members of a protocol.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__static_attributes__', '__firstlineno__', '__qualname__',
    '__parameters__', '__orig_bases__', '__protocol_attrs__', '_is_protocol',
    '_is_runtime_protocol', '__non_callable_proto_members__', '__type_params__',
    '__init_subclass__', '_abc_registry', '_abc_children', '_abc_positive'})


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if name not in _NOT_MEMBERS and not name.startswith('_abc_'):
                members.add(name)
    return members


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if super().__instancecheck__(instance):
            return True
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
            if getattr(cls, name, None) is not None and callable(getattr(cls, name)) \
                    and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for name in _protocol_members(cls):
                if not any(name in base.__dict__ for base in other.__mro__):
                    return super().__subclasscheck__(other)
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: runtime_checkable ones work with isinstance by attributes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


Protocol.__module__ = 'typing'


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def is_protocol(tp):
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp):
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(_protocol_members(tp))


# --- NamedTuple ---

_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_namedtuple(name, types, module, defaults=()):
    nt = collections.namedtuple(name, list(types), defaults=defaults, module=module)
    nt.__annotations__ = dict(types)
    return nt


class _NamedTupleMeta(type):
    """Turns `class P(NamedTuple)` into a collections.namedtuple with P's annotations."""

    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                s = 's' if len(default_names) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {name} cannot follow default '
                                f'field{s} {", ".join(default_names)}')
        nt = _make_namedtuple(typename, types, ns['__module__'], [ns[n] for n in default_names])
        for key, value in ns.items():
            if key in _PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _SPECIAL and key not in nt._fields:
                setattr(nt, key, value)
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
        return _make_namedtuple(typename, dict(fields), '__main__')


NamedTuple = _NamedTupleMeta('NamedTuple', (), {'_root': True, '__module__': 'typing'})


# --- TypedDict ---

class _TypedDictMeta(type):
    """TypedDict classes: their instances are plain dicts; they carry the key annotations."""

    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        tp = type.__new__(mcls, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required |= getattr(base, '__required_keys__', set())
            optional |= getattr(base, '__optional_keys__', set())
        for key, annotation in ns.get('__annotations__', {}).items():
            annotations[key] = annotation
            origin_name = getattr(annotation, '_name', None) if isinstance(annotation, _GenericAlias) else None
            if origin_name == 'Required' or (origin_name != 'NotRequired' and total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__readonly_keys__ = frozenset()
        tp.__mutable_keys__ = frozenset(annotations)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        if cls.__name__ == 'TypedDict' and cls.__module__ == 'typing':
            return _typed_dict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typed_dict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (dict,), {'__module__': 'typing'})


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


# --- the Supports* protocols and IO ---

def _supports(name, method):
    def body(self):
        raise NotImplementedError
    body.__name__ = method
    cls = _ProtocolMeta(name, (Protocol,), {'__slots__': (), '__module__': 'typing',
                                            method: abstractmethod(body)})
    return runtime_checkable(cls)


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


class IO(Generic):
    """The generic type of file objects (annotations only)."""
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


for _cls in (IO, TextIO, BinaryIO):
    _cls.__module__ = 'typing'
    _cls.__parameters__ = ()
del _cls
