"""The runtime objects of typing's annotations (part of pylib's typing, split to keep files
small): special forms (Any, Union, Optional, Literal, ClassVar, ...), generic aliases
(List[int], Callable[[int], str]), TypeVar/ParamSpec/TypeVarTuple. They only need to be
importable, subscriptable, printable (CPython's reprs) and comparable; nothing checks types.
"""

__all__ = ['_SpecialForm', '_GenericAlias', '_SpecialAlias', 'TypeVar', 'ParamSpec',
           'TypeVarTuple', '_type_repr', '_collect_parameters', 'Union', 'Optional',
           'Literal', 'Any']


def _type_repr(obj):
    """How an argument prints inside typing.X[...]: builtins bare, others module-qualified."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    """The TypeVars among args (recursively, first occurrence order): an alias's __parameters__."""
    params = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            if arg not in params:
                params.append(arg)
        else:
            for p in getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ():
                if p not in params:
                    params.append(p)
            if isinstance(arg, (list, tuple)):
                for p in _collect_parameters(arg):
                    if p not in params:
                        params.append(p)
    return tuple(params)


def _convert(arg):
    return type(None) if arg is None else arg


class _Final:
    """Base of typing's own objects; they refuse to be subclassed."""
    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')


class _SpecialForm:
    """Any, ClassVar, Union, Literal...: a name, and what subscription makes of it."""
    __slots__ = ('_name', '_getitem')

    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)


class _GenericAlias:
    """X[args]: __origin__ is what was subscripted (a class or a special form), __args__ the
    arguments. Calling it calls the origin; as a base class it stands for the origin."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name == 'Callable' and len(self.__args__) == 2 and self.__args__[0] is not ...:
            params, result = self.__args__
            if isinstance(params, tuple):
                return f'typing.Callable[[{", ".join(_type_repr(a) for a in params)}], {_type_repr(result)}]'
        if self._name == 'Callable' and len(self.__args__) == 2:
            return f'typing.Callable[..., {_type_repr(self.__args__[1])}]'
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ == ((),):
            return f'{head}[()]'
        return f'{head}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass  # e.g. objects with __slots__: CPython ignores this too
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self} is not a generic class')
        if len(args) != len(params):
            word = 'many' if len(args) > len(params) else 'few'
            raise TypeError(f'Too {word} arguments for {self}; actual {len(args)}, '
                            f'expected {len(params)}')
        mapping = dict(zip(params, args))
        return _GenericAlias(self.__origin__, _substitute(self.__args__, mapping),
                             self._name, self._inst)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr == '_name':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _substitute(args, mapping):
    out = []
    for arg in args:
        if arg in mapping if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)) else False:
            out.append(mapping[arg])
        elif isinstance(arg, _GenericAlias) and arg.__parameters__:
            out.append(arg[tuple(mapping.get(p, p) for p in arg.__parameters__)])
        elif isinstance(arg, list):
            out.append(_substitute(arg, mapping))
        else:
            out.append(arg)
    return tuple(out)


class _SpecialAlias:
    """typing.List, typing.Dict...: the unsubscripted alias of a builtin or abc class."""

    def __init__(self, origin, nparams, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name if name is not None else origin.__name__
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Tuple':
            if params == () or params == ((),):
                return _GenericAlias(tuple, ((),), 'Tuple')
            return _GenericAlias(tuple, params, 'Tuple')
        if self._name == 'Callable':
            if len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is ...:
                return _GenericAlias(self.__origin__, (..., _convert(result)), 'Callable')
            return _GenericAlias(self.__origin__, (tuple(_convert(a) for a in args), _convert(result)), 'Callable')
        if self._nparams >= 0 and len(params) != self._nparams:
            word = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {word} arguments for {self}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, tuple(_convert(p) for p in params), self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr == '_name':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')


class TypeVar(_TypeVarLike):
    """A type variable: ~T (invariant), +T (covariant), -T (contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=None):
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class ParamSpec(_TypeVarLike):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=None):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')


class _ParamSpecPart:
    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'


class TypeVarTuple(_TypeVarLike):
    def __init__(self, name, *, default=None):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield _GenericAlias(_Unpack_form, (self,), 'Unpack')


# --- the special forms whose subscription has rules ---

def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (_convert(p),)
        for item in items:
            if item not in flat:
                flat.append(item)
    return flat


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)


def _union_getitem(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = _flatten_union(parameters)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional_getitem(form, parameter):
    return Union[parameter, None]


def _literal_getitem(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if isinstance(p, _GenericAlias) and p.__origin__ is Literal:
            candidates = p.__args__
        else:
            candidates = (p,)
        for c in candidates:
            if not any(type(c) is type(u) and c == u for u in unique):
                unique.append(c)
    return _LiteralAlias(Literal, tuple(unique), 'Literal')


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return f'typing.Literal[{", ".join(repr(a) for a in self.__args__)}]'


def _one_type(form, parameter):
    if isinstance(parameter, tuple):
        raise TypeError(f'{form} accepts only single type.')
    return _GenericAlias(form, (_convert(parameter),), form._name)


def _any_args(form, parameters):
    return _GenericAlias(form, parameters if isinstance(parameters, tuple) else (parameters,),
                         form._name)


def _annotated_getitem(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), 'Annotated')
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                f'{", ".join(repr(m) for m in self.__metadata__)}]')

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


Any = _SpecialForm('Any', None)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
_Unpack_form = _SpecialForm('Unpack', _one_type)


# typing's objects say they come from typing (inspect and dataclasses read __module__).
for _cls in (_SpecialForm, _GenericAlias, _SpecialAlias, TypeVar, ParamSpec, TypeVarTuple,
             _UnionAlias, _LiteralAlias, _AnnotatedAlias):
    _cls.__module__ = 'typing'
del _cls
