"""Inspecting live objects, as CPython 3.13's inspect: type predicates, getmembers, docs,
source text, unwrap, and callables' signatures (pylib/_inspect_signature.py).
"""

import sys
import types
import functools
from collections import namedtuple
from _inspect_signature import (Parameter, Signature, BoundArguments, signature, formatannotation,
                                _empty, _void, _ParameterKind, _POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD,
                                _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)
import _inspect_source

__all__ = ["ismodule", "isclass", "ismethod", "isfunction", "isbuiltin", "isroutine", "isgenerator",
           "isgeneratorfunction", "iscoroutine", "iscoroutinefunction", "isasyncgen", "isasyncgenfunction",
           "isawaitable", "isabstract", "ismethoddescriptor", "isdatadescriptor", "getmembers", "getmro",
           "getdoc", "cleandoc", "getmodule", "getfile", "getsourcefile", "getsource", "getsourcelines",
           "unwrap", "signature", "Signature", "Parameter", "BoundArguments", "getfullargspec",
           "FullArgSpec", "currentframe", "formatannotation", "isframe", "istraceback", "iscode",
           "getframeinfo", "getlineno", "getouterframes", "getinnerframes", "stack", "trace",
           "FrameInfo", "Traceback", "getgeneratorstate", "getgeneratorlocals", "getcoroutinestate"]

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 0x10, 0x20, 0x40, 0x80
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x100, 0x200


async def _coroutine():
    pass


async def _async_generator():
    yield


_c = _coroutine()
_CoroutineType = type(_c)
_c.close()
_AsyncGeneratorType = type(_async_generator())
del _c


# --- Predicates ---

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, (staticmethod, classmethod)):
        return True  # pyx's builtin descriptor types do not list __get__
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__") and not hasattr(kind, "__delete__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True  # pyx's property type does not list __set__/__delete__
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _CoroutineType)


def isasyncgen(object):
    return isinstance(object, _AsyncGeneratorType)


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), "__await__")


def _function_kind(object):
    """'generator', 'coroutine', 'async generator' or 'function' for a (wrapped) Python function."""
    while ismethod(object):
        object = object.__func__
    object = _unwrap_partial(object)
    if not isfunction(object):
        return None
    flags = getattr(object.__code__, "co_flags", None)
    if flags is not None:
        if flags & CO_ASYNC_GENERATOR:
            return "async generator"
        if flags & CO_COROUTINE:
            return "coroutine"
        return "generator" if flags & CO_GENERATOR else "function"
    return _inspect_source.body_kind(object)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(object):
    return _function_kind(object) == "generator"


def iscoroutinefunction(object):
    return _function_kind(object) == "coroutine" or getattr(object, "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(object):
    return _function_kind(object) == "async generator"


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", False))


# --- Members and documentation ---

def getmembers(object, predicate=None):
    results = []
    names = dir(object)
    if isclass(object):
        # Attributes that only a base class's __dict__ holds (dir() lists them; getattr may not).
        mro = getmro(object)
    else:
        mro = ()
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """A docstring with the first line's leading space and the rest's common indentation removed."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip(" "))
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip(" ")
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    try:
        # A bound method's __doc__ is its function's (pyx's method objects lack the attribute).
        doc = object.__func__.__doc__ if ismethod(object) else object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(object):
    """The docstring a class or method inherits (CPython's _finddoc, for the common cases)."""
    if isclass(object):
        for base in object.__mro__:
            if base is not _object:
                doc = getattr(base, "__doc__", None)
                if doc is not None:
                    return doc
        return None
    func = object.__func__ if ismethod(object) else object
    name = getattr(func, "__name__", None)
    if ismethod(object):
        owner = object.__self__
        cls = owner if isclass(owner) else type(owner)
    elif isfunction(func):
        cls = sys.modules.get(func.__module__)
        for part in func.__qualname__.split(".")[:-1]:
            cls = getattr(cls, part, None)
    else:
        return None
    if not isclass(cls) or name is None:
        return None
    for base in cls.__mro__:
        member = base.__dict__.get(name)
        if member is not None:
            doc = getattr(member, "__doc__", None)
            if doc is not None:
                return doc
    return None


_object = object


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    return sys.modules.get(name) if name is not None else None


def getfile(object):
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        return object.__code__.co_filename
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was expected, "
                    "got {}".format(type(object).__name__))


getsourcefile = getfile


def getsourcelines(object):
    object = unwrap(object)
    if ismethod(object):
        object = object.__func__
    if isclass(object):
        found = _inspect_source.class_source(object)
    elif isfunction(object):
        found = _inspect_source.function_source(object)
    elif ismodule(object):
        try:
            with open(getfile(object), encoding="utf-8") as f:
                return f.read().splitlines(True), 0
        except OSError:
            found = None
    else:
        getfile(object)
        found = None
    if found is None:
        raise OSError("could not get source code" if not isclass(object) else "could not find class definition")
    return list(found[0]), found[1]


def getsource(object):
    return "".join(getsourcelines(object)[0])


def unwrap(func, *, stop=None):
    seen = {id(func)}
    original = func
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(original))
        seen.add(id(func))
    return func


def currentframe():
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


# --- Frames and tracebacks (pyx's frame objects: backends/interp/frames.ts) ---

def isframe(object):
    return type(object).__name__ == "frame"


def istraceback(object):
    return type(object).__name__ == "traceback"


def iscode(object):
    return type(object).__name__ == "code"


Positions = namedtuple("Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"],
                       defaults=[None] * 4)
Positions.__module__ = "dis"

_Traceback = namedtuple("_Traceback", "filename lineno function code_context index")


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


def _source_lines_of(filename):
    import _pyx_traceback
    import linecache
    text = _pyx_traceback.source_text(filename)
    if text is not None:
        return text.splitlines(keepends=True)
    return linecache.getlines(filename)


def getframeinfo(frame, context=1):
    """(filename, lineno, function, code_context, index) of a frame or traceback object,
    with the current instruction's positions."""
    if istraceback(frame):
        positions = frame._pyx_positions
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    elif isframe(frame):
        lineno = frame.f_lineno
        positions = frame._pyx_positions
    else:
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    if positions[0] is None:
        positions = (lineno, *positions[1:])
    lineno = positions[0]
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = _source_lines_of(filename)
        if not lines:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=Positions(*positions))


def getlineno(frame):
    return frame.f_lineno


_FrameInfo = namedtuple("_FrameInfo", ("frame",) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return generator.gi_frame.f_locals if frame is not None else {}


CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def stack(context=1):
    """Records of the frames from the caller's out to the bottom of the stack."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Records of the frames between the current exception's handler and where it was raised."""
    exc = sys.exception()
    tb = None if exc is None else exc.__traceback__
    return getinnerframes(tb, context)


FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    try:
        sig = signature(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonlyargs, annotations, kwdefaults = [], [], {}, {}
    defaults = ()
    varargs = varkw = None
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)
