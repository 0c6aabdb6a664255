"""typing for pyx: every name importable, subscriptable and printable as in CPython 3.13, and
harmless at run time (nothing is checked). Generic/Protocol/NamedTuple/TypedDict classes work as
base classes."""

import collections
import collections.abc
import sys
from abc import ABCMeta, abstractmethod
from _typing_base import (_SpecialForm, _GenericAlias, _SpecialAlias, _type_repr,
                          _collect_parameters, _one_type, _any_args, _annotated_getitem,
                          _Unpack_form, _UnionAlias, TypeVar, ParamSpec, TypeVarTuple,
                          Union, Optional, Literal, Any)

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_protocol_members', 'get_type_hints',
    'is_protocol', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoDefault', 'NoReturn', 'NotRequired', 'overload', 'override',
    'ParamSpecArgs', 'ParamSpecKwargs', 'ReadOnly', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeIs',
    'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False

# --- special forms ---

ClassVar = _SpecialForm('ClassVar', _one_type)
Final = _SpecialForm('Final', _one_type)
TypeGuard = _SpecialForm('TypeGuard', _one_type)
TypeIs = _SpecialForm('TypeIs', _one_type)
Required = _SpecialForm('Required', _one_type)
NotRequired = _SpecialForm('NotRequired', _one_type)
ReadOnly = _SpecialForm('ReadOnly', _one_type)
Unpack = _Unpack_form
Concatenate = _SpecialForm('Concatenate', _any_args)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
NoReturn = _SpecialForm('NoReturn', None)
Never = _SpecialForm('Never', None)
Self = _SpecialForm('Self', None)
LiteralString = _SpecialForm('LiteralString', None)
TypeAlias = _SpecialForm('TypeAlias', None)


class _NoDefaultType:
    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()
ParamSpecArgs = type(ParamSpec('P').args)
ParamSpecKwargs = ParamSpecArgs

# --- aliases of builtin and collections classes ---

_abc = collections.abc
Hashable = _SpecialAlias(_abc.Hashable, 0)
Awaitable = _SpecialAlias(_abc.Awaitable, 1)
Coroutine = _SpecialAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialAlias(_abc.Iterable, 1)
Iterator = _SpecialAlias(_abc.Iterator, 1)
Reversible = _SpecialAlias(_abc.Reversible, 1)
Sized = _SpecialAlias(_abc.Sized, 0)
Container = _SpecialAlias(_abc.Container, 1)
Collection = _SpecialAlias(_abc.Collection, 1)
Callable = _SpecialAlias(_abc.Callable, 2, 'Callable')
AbstractSet = _SpecialAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialAlias(_abc.MutableSet, 1)
Mapping = _SpecialAlias(_abc.Mapping, 2)
MutableMapping = _SpecialAlias(_abc.MutableMapping, 2)
Sequence = _SpecialAlias(_abc.Sequence, 1)
MutableSequence = _SpecialAlias(_abc.MutableSequence, 1)
ByteString = _SpecialAlias(bytes, 0, 'ByteString')
Tuple = _SpecialAlias(tuple, -1, 'Tuple', inst=False)
List = _SpecialAlias(list, 1, 'List', inst=False)

Set = _SpecialAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialAlias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _SpecialAlias(_abc.MappingView, 1)
KeysView = _SpecialAlias(_abc.KeysView, 1)
ItemsView = _SpecialAlias(_abc.ItemsView, 2)
ValuesView = _SpecialAlias(_abc.ValuesView, 1)
Dict = _SpecialAlias(dict, 2, 'Dict', inst=False)
DefaultDict = _SpecialAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialAlias(collections.OrderedDict, 2)
Counter = _SpecialAlias(collections.Counter, 1)
ChainMap = _SpecialAlias(collections.ChainMap, 2)
Generator = _SpecialAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialAlias(_abc.AsyncGenerator, 2)
Type = _SpecialAlias(type, 1, 'Type', inst=False)
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


class _LazyAlias(_SpecialAlias):
    """An alias whose class lives in a module imported only when the alias is used (re, contextlib)."""

    def __init__(self, module, attr, nparams, name):
        self._module = module
        self._attr = attr
        self._nparams = nparams
        self._name = name
        self._inst = True

    @property
    def __origin__(self):
        return getattr(__import__(self._module), self._attr)


Deque = _LazyAlias('collections', 'deque', 1, 'Deque')
ContextManager = _LazyAlias('contextlib', 'AbstractContextManager', -1, 'ContextManager')
AsyncContextManager = _LazyAlias('contextlib', 'AbstractAsyncContextManager', -1, 'AsyncContextManager')
Pattern = _LazyAlias('re', 'Pattern', 1, 'Pattern')
Match = _LazyAlias('re', 'Match', 1, 'Match')

from _typing_classes import (Generic, Protocol, runtime_checkable, is_protocol,
                             get_protocol_members, NamedTuple, TypedDict, is_typeddict,
                             SupportsAbs, SupportsBytes, SupportsComplex, SupportsFloat,
                             SupportsIndex, SupportsInt, SupportsRound, IO, TextIO, BinaryIO)
from _typing_functions import (cast, overload, get_overloads, clear_overloads, final,
                               override, no_type_check, no_type_check_decorator, get_origin,
                               get_args, get_type_hints, NewType, assert_never, assert_type,
                               reveal_type, dataclass_transform, ForwardRef, TypeAliasType)
