"""inspect.Parameter, Signature, BoundArguments and signature() for pyx, with CPython 3.13's
rendering, validation and binding messages.

Invariant of a Signature: its parameters are in a valid order (kinds non-decreasing; no
non-default positional parameter after a defaulted one; unique names) and never change.
"""

import enum as _enum
import functools as _functools
import types as _types
from collections import OrderedDict as _OrderedDict


class _void:
    """A marker for 'argument not given' in replace()."""


class _empty:
    """Marks the absence of a default or an annotation."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_DESCRIPTIONS = {_POSITIONAL_ONLY: "positional-only", _POSITIONAL_OR_KEYWORD: "positional or keyword",
                      _VAR_POSITIONAL: "variadic positional", _KEYWORD_ONLY: "keyword-only",
                      _VAR_KEYWORD: "variadic keyword"}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, _types.GenericAlias) if hasattr(_types, "GenericAlias") else False:
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter: name, kind, default and annotation (Parameter.empty when absent)."""
    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,)) from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % self._kind.description)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a %s" % type(name).__name__)
        if not name.isidentifier():
            raise ValueError("%r is not a valid parameter name" % name)
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "%s: %s" % (text, formatannotation(self._annotation))
        if self._default is not _empty:
            text = ("%s = %r" if self._annotation is not _empty else "%s=%r") % (text, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: parameter name -> argument, in parameter order."""
    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        complete = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                complete.append((name, arguments[name]))
            elif param.default is not _empty:
                complete.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                complete.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                complete.append((name, {}))
        self.arguments = dict(complete)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, ", ".join("%s=%r" % item for item in self.arguments.items()))


class Signature:
    """A callable's parameters and return annotation."""
    __slots__ = ("_parameters", "_return_annotation")
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = _OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < top_kind:
                        raise ValueError("wrong parameter order: %s parameter before %s parameter"
                                         % (top_kind.description, kind.description))
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError("duplicate parameter name: %r" % (param.name,))
                    params[param.name] = param
            else:
                params = _OrderedDict((param.name, param) for param in parameters)
        self._parameters = _types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(self._parameters.values() if parameters is _void else parameters,
                          return_annotation=self._return_annotation if return_annotation is _void else return_annotation)

    def __hash__(self):
        keyword_only = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((others, keyword_only, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.values()) == list(other._parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        pending = ()
        values = iter(args)
        positional_only_as_keyword = []
        while True:
            try:
                value = next(values)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        if param.default is _empty:
                            raise TypeError("missing a required positional-only argument: %r" % (param.name,))
                        positional_only_as_keyword.append(param)
                        continue
                    pending = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    pending = (param,)
                    break
                kind = " keyword-only" if param.kind == _KEYWORD_ONLY else ""
                raise TypeError("missing a required%s argument: %r" % (kind, param.name))
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError("too many positional arguments")
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (value,) + tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError("multiple values for argument %r" % (param.name,))
                arguments[param.name] = value
        kwargs_param = None
        for param in (*pending, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError("missing a required argument: %r" % (param.name,))
                continue
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError("%r parameter is positional only, but was passed as a keyword" % (param.name,))
            arguments[param.name] = kwargs.pop(param.name)
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif positional_only_as_keyword:
                raise TypeError("got some positional-only arguments passed as keyword arguments: %s"
                                % ", ".join(repr(p.name) for p in positional_only_as_keyword))
            else:
                raise TypeError("got an unexpected keyword argument %r" % (next(iter(kwargs)),))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        parts = []
        pos_only_pending = False
        kw_only_marker = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                parts.append("/")
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                kw_only_marker = False
            elif kind == _KEYWORD_ONLY and kw_only_marker:
                parts.append("*")
                kw_only_marker = False
            parts.append(str(param))
        if pos_only_pending:
            parts.append("/")
        text = "(%s)" % ", ".join(parts)
        if self._return_annotation is not _empty:
            text += " -> %s" % formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self)


for _cls in (_empty, _ParameterKind, Parameter, BoundArguments, Signature):
    _cls.__module__ = "inspect"

# --- signature() ---

def _code_flags(func):
    """(has *args, has **kwargs) of a Python function, from co_flags or, where pyx's code
    objects lack them, from its source; None when neither can tell."""
    code = func.__code__
    flags = getattr(code, "co_flags", None)
    if flags is not None:
        return bool(flags & 0x04), bool(flags & 0x08)
    named = code.co_argcount + code.co_kwonlyargcount
    if len(code.co_varnames) == named:
        return False, False
    from _inspect_source import star_parameters
    return star_parameters(func)


def _from_function(func, cls=Signature):
    code = func.__code__
    stars = _code_flags(func)
    if stars is None:
        raise ValueError("no signature found for %r: pyx's code objects do not record *args/**kwargs "
                         "(co_flags) and its source is unavailable" % (func,))
    has_varargs, has_varkw = stars
    names = code.co_varnames
    n_pos = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    annotations = getattr(func, "__annotations__", None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = n_pos - len(defaults)
    params = []
    for i in range(n_pos):
        kind = _POSITIONAL_ONLY if i < n_posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default, annotation=annotations.get(names[i], _empty)))
    at = n_pos + n_kwonly
    if has_varargs:
        name = names[at]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[n_pos:n_pos + n_kwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if has_varkw:
        name = names[at]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get("return", _empty), __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig  # the bound object disappears into *args
    return sig.replace(parameters=params[1:])


def _from_partial(sig, partial):
    args, keywords = partial.args, partial.keywords or {}
    bound = sig.bind_partial(*args, **keywords)
    params = []
    to_keyword_only = False
    for name, param in sig.parameters.items():
        kind = param.kind
        if kind == _POSITIONAL_ONLY and name in bound.arguments:
            continue
        if kind == _POSITIONAL_OR_KEYWORD:
            if name in keywords:
                to_keyword_only = True
                param = param.replace(default=bound.arguments[name])
            elif name in bound.arguments:
                continue
        elif kind == _KEYWORD_ONLY and name in keywords:
            param = param.replace(default=bound.arguments[name])
        elif kind == _VAR_POSITIONAL and args and name in bound.arguments:
            pass
        if to_keyword_only and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif to_keyword_only and param.kind == _VAR_POSITIONAL:
            continue
        params.append(param)
    return sig.replace(parameters=params)


def _user_method(cls, name):
    """cls's own or inherited Python-level `name` (skipping object's and type's)."""
    for base in cls.__mro__:
        if base in (object, type):
            return None
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if isinstance(obj, _types.MethodType):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        seen = set()
        while hasattr(obj, "__wrapped__") and getattr(obj, "__signature__", None) is None:
            if id(obj) in seen:
                raise ValueError("wrapper loop when unwrapping %r" % (obj,))
            seen.add(id(obj))
            obj = obj.__wrapped__
        if isinstance(obj, _types.MethodType):
            return signature(obj, follow_wrapped=follow_wrapped)
    sig = getattr(obj, "__signature__", None) if not isinstance(obj, type) else obj.__dict__.get("__signature__")
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object %r in __signature__ attribute" % (sig,))
        return sig
    if isinstance(obj, _functools.partial):
        return _from_partial(signature(obj.func, follow_wrapped=follow_wrapped), obj)
    if isinstance(obj, _types.FunctionType) and hasattr(obj, "__code__"):
        return _from_function(obj)
    if isinstance(obj, type):
        for name in ("__new__", "__init__"):
            method = _user_method(obj, name)
            if method is not None and name == "__new__" and _user_method(obj, "__init__") is not None:
                continue  # __init__ wins when both are defined, as CPython picks the closer one
            if isinstance(method, staticmethod):
                method = method.__func__
            if isinstance(method, _types.FunctionType):
                return _drop_first(signature(method, follow_wrapped=follow_wrapped))
        return Signature()
    if isinstance(obj, _types.BuiltinFunctionType):
        raise ValueError("no signature found for builtin %r" % (obj,))
    call = _user_method(type(obj), "__call__")
    if isinstance(call, _types.FunctionType):
        return _drop_first(signature(call, follow_wrapped=follow_wrapped))
    raise ValueError("callable %r is not supported by signature" % (obj,))
