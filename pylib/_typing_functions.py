"""typing's functions (part of pylib's typing): cast, overload, final, get_origin/get_args,
get_type_hints, NewType, assert_never, reveal_type..."""

import sys
from _typing_base import _GenericAlias, _SpecialAlias, _SpecialForm, _UnionAlias, _type_repr

__all__ = ['cast', 'overload', 'get_overloads', 'clear_overloads', 'final', 'override',
           'no_type_check', 'no_type_check_decorator', 'get_origin', 'get_args',
           'get_type_hints', 'NewType', 'assert_never', 'assert_type', 'reveal_type',
           'dataclass_transform', 'ForwardRef', 'TypeAliasType']


def cast(typ, val):
    """Returns val unchanged (the type is for checkers only)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


# Registered overloads, by (module, qualname) of the function they overload.
_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @typing.overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @typing.overload-decorated.')


def overload(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overloads.get(key, []))


def clear_overloads():
    _overloads.clear()


def _mark(obj, name, value):
    try:
        setattr(obj, name, value)
    except (AttributeError, TypeError):
        pass  # CPython ignores objects that refuse attributes too
    return obj


def final(f):
    return _mark(f, '__final__', True)


def override(method, /):
    return _mark(method, '__override__', True)


def no_type_check(arg):
    return _mark(arg, '__no_type_check__', True)


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        return _mark(cls_or_fn, '__dataclass_transform__', {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs})
    return decorator


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialAlias)):
        if getattr(tp, '_name', None) == 'Annotated':
            return sys.modules['typing'].Annotated
        return tp.__origin__
    if tp is sys.modules['typing'].Generic:
        return tp
    if isinstance(tp, _BUILTIN_ALIAS):
        return tp.__origin__
    if isinstance(tp, _UNION_TYPE):
        return _UNION_TYPE
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if getattr(tp, '_name', None) == 'Annotated':
            return (tp.__origin__,) + tp.__metadata__
        args = tp.__args__
        if tp._name == 'Callable' and len(args) == 2 and isinstance(args[0], tuple):
            return (list(args[0]), args[1])
        if args == ((),):
            return ()
        return args
    if isinstance(tp, (_BUILTIN_ALIAS, _UNION_TYPE)):
        # list[int] and int | str (types.GenericAlias, types.UnionType) carry __args__ themselves.
        return tp.__args__
    return ()


_BUILTIN_ALIAS = type(list[int])
_UNION_TYPE = type(int | str)


class ForwardRef:
    """An annotation written as a string, kept unevaluated."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (a class merges its bases'). String annotations are resolved by
    name in the defining module's globals (pyx has no eval: dotted or subscripted strings are
    left as ForwardRef)."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            module = sys.modules.get(base.__module__)
            namespace = globalns if globalns is not None else getattr(module, '__dict__', {})
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _resolve(value, namespace, localns)
        return hints
    annotations = getattr(obj, '__annotations__', None) or {}
    namespace = globalns if globalns is not None else getattr(obj, '__globals__', {})
    return {name: _resolve(value, namespace, localns) for name, value in annotations.items()}


def _resolve(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        for ns in (localns, globalns):
            if ns is not None and value in ns:
                return ns[value]
        if hasattr(__builtins__, value) if not isinstance(__builtins__, dict) else value in __builtins__:
            return getattr(__builtins__, value) if not isinstance(__builtins__, dict) else __builtins__[value]
        return ForwardRef(value)
    return value


class NewType:
    """NewType('UserId', int): a callable that returns its argument, printing as a type."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        getframe = getattr(sys, '_getframe', None)
        self.__module__ = getframe(1).f_globals.get('__name__', '__main__') if getframe else '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking '
                        f'for: `{self.__name__} = NewType({self.__name__!r}, '
                        f'{self.__name__})`')

    def __or__(self, other):
        return sys.modules['typing'].Union[self, other]

    def __ror__(self, other):
        return sys.modules['typing'].Union[other, self]


class TypeAliasType:
    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params

    def __repr__(self):
        return self.__name__
