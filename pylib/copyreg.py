"""Helpers for pickle and copy (pyx's own, with CPython 3.13's names and behaviour).

The reconstruction functions pickles name (`copyreg._reconstructor`, `copyreg.__newobj__`,
`copyreg.__newobj_ex__`), the dispatch table that pickle and copy consult by type, and
object.__reduce_ex__'s protocol 0/1 reduction (`_reduce_ex`). The extension registry
(add_extension) is not offered: pickle's EXT opcodes are rare outside Python 2 data.
"""

__all__ = ["pickle", "constructor"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's __slots__ over its MRO, mangled as attribute names are."""
    names = []
    for c in cls.__mro__:
        if "__slots__" not in c.__dict__:
            continue
        slots = c.__dict__["__slots__"]
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1: (_reconstructor, (cls, base, state), dict)."""
    cls = self.__class__
    for base in cls.__mro__:
        if base is object or not _is_python_class(base):
            break
    else:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    if _slotnames(cls) and "__getstate__" not in _class_dict_chain(cls):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    d = getattr(self, "__dict__", None)
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _is_python_class(c):
    # A class defined by a class statement has a writable __dict__ of its own functions; the
    # builtin types (int, list, dict, object) are the bases _reconstructor rebuilds from.
    return c.__module__ != "builtins"


def _class_dict_chain(cls):
    names = set()
    for c in cls.__mro__:
        if c is object:
            break
        names.update(c.__dict__)
    return names
