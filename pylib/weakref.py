"""Weak references (pyx's own, with CPython 3.13's interface, reprs and errors).

KNOWN DIFFERENCE — pyx's collector has no weak references yet (runtime/gc.ts traces every
field), so a reference here keeps its referent alive: ref() never returns None, callbacks
never run, WeakValueDictionary/WeakKeyDictionary/WeakSet never lose entries, and a finalize
runs only at interpreter exit (atexit=True) or when called. Programs whose objects stay alive
while referenced (caches, parent pointers, registries) behave as under CPython; ones that
print what died after `del` do not. What is checked as CPython checks it: which objects may be
weakly referenced (TypeError "cannot create weak reference to 'int' object"), hash/== of refs
(the referent's), proxies forwarding attributes, operators and calls.
"""

import sys
from collections.abc import MutableMapping, MutableSet
from itertools import count as _count

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod",
           "finalize"]

_NOT_WEAKREFABLE = (int, float, complex, str, bytes, bytearray, tuple, list, dict, bool, type(None))
# id(referent) -> the refs made to it, for getweakrefcount/getweakrefs (strong, see above).
_refs_by_id = {}


def _check_referent(obj):
    t = type(obj)
    if isinstance(obj, _NOT_WEAKREFABLE) and not _has_instance_dict(obj):
        raise TypeError(f"cannot create weak reference to '{t.__name__}' object")
    slots_everywhere = True
    for c in t.__mro__:
        if c is object:
            break
        if c.__module__ == "builtins":
            continue
        slots = c.__dict__.get("__slots__")
        if slots is None:
            slots_everywhere = False
            break
        if isinstance(slots, str):
            slots = (slots,)
        if "__weakref__" in slots or "__dict__" in slots:
            slots_everywhere = False
            break
    if slots_everywhere and t.__module__ != "builtins" and not _has_instance_dict(obj):
        raise TypeError(f"cannot create weak reference to '{t.__name__}' object")


def _has_instance_dict(obj):
    # A subclass of a builtin (class MyList(list)) gets __weakref__ with its __dict__.
    return type(obj).__module__ != "builtins" and hasattr(obj, "__dict__")


class ReferenceType:
    __slots__ = ("_referent", "__callback__", "_hash", "__dict__")

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        _check_referent(ob)
        if cls is ReferenceType and callback is None:
            # CPython shares one plain reference (no callback) per referent.
            for existing in _refs_by_id.get(id(ob), ()):
                if type(existing) is ReferenceType and existing.__callback__ is None:
                    return existing
        self = object.__new__(cls)
        self._referent = ob
        self.__callback__ = callback
        self._hash = None
        _refs_by_id.setdefault(id(ob), []).append(self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return self._referent

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._referent)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        o = self._referent
        name = getattr(o, "__name__", None)
        if isinstance(name, str) and not isinstance(o, type(self)):
            return f"<weakref at {hex(id(self))}; to '{_type_name(o)}' at {hex(id(o))} ({name})>"
        return f"<weakref at {hex(id(self))}; to '{_type_name(o)}' at {hex(id(o))}>"

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ReferenceType.__name__ = "ReferenceType"
ReferenceType.__qualname__ = "ReferenceType"
ref = ReferenceType


def _type_name(o):
    t = type(o)
    return t.__name__ if t.__module__ in ("builtins", "__main__") else f"{t.__module__}.{t.__qualname__}"


def getweakrefcount(obj, /):
    return len(_refs_by_id.get(id(obj), ()))


def getweakrefs(obj, /):
    return list(_refs_by_id.get(id(obj), ()))


class WeakMethod(ref):
    __slots__ = ("_func_ref",)

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._referent == other._referent and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self == other
        return NotImplemented

    __hash__ = ref.__hash__


# --- proxies ---

class ProxyType:
    __slots__ = ("_pyx_referent", "_pyx_callback")

    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_pyx_referent", ob)
        object.__setattr__(self, "_pyx_callback", callback)

    def __getattribute__(self, name):
        if name in ("_pyx_referent", "_pyx_callback", "__class__"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_pyx_referent"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_pyx_referent"), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, "_pyx_referent"), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_pyx_referent")
        return f"<weakproxy at {hex(id(self))}; to '{_type_name(o)}' at {hex(id(o))}>"

    def __str__(self):
        return str(object.__getattribute__(self, "_pyx_referent"))

    def __bool__(self):
        return bool(object.__getattribute__(self, "_pyx_referent"))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")


def _forward(name):
    def method(self, *args):
        return getattr(object.__getattribute__(self, "_pyx_referent"), name)(*args)
    method.__name__ = name
    return method


for _name in ("__len__", "__iter__", "__next__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
              "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__neg__",
              "__pos__", "__abs__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__and__",
              "__or__", "__xor__", "__lshift__", "__rshift__", "__index__", "__int__", "__float__",
              "__radd__", "__rsub__", "__rmul__", "__reversed__"):
    setattr(ProxyType, _name, _forward(_name))


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, "_pyx_referent")(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    _check_referent(obj)
    return CallableProxyType(obj, callback) if callable(obj) else ProxyType(obj, callback)


# --- containers ---

class WeakValueDictionary(MutableMapping):
    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]()

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakValueDictionary()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def get(self, key, default=None):
        r = self.data.get(key)
        return default if r is None else r()

    def items(self):
        for k, r in list(self.data.items()):
            yield k, r()

    def values(self):
        for r in list(self.data.values()):
            yield r()

    def keys(self):
        return iter(list(self.data))

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def setdefault(self, key, default=None):
        if key in self.data:
            return self.data[key]()
        self[key] = default
        return default

    def pop(self, key, *args):
        if key not in self.data:
            if args:
                return args[0]
            raise KeyError(key)
        return self.data.pop(key)()

    def popitem(self):
        key, r = self.data.popitem()
        return key, r()

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(MutableMapping):
    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for r in list(self.data):
            yield r()

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakKeyDictionary()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for r, v in list(self.data.items()):
            yield r(), v

    def keys(self):
        for r in list(self.data):
            yield r()

    def values(self):
        return iter(list(self.data.values()))

    def keyrefs(self):
        return list(self.data)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        r, v = self.data.popitem()
        return r(), v


class WeakSet(MutableSet):
    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for r in list(self.data):
            yield r()

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            return r()

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    __hash__ = None


# --- finalize ---

class finalize:
    """Calls func(*args, **kwargs) when called, detached, or at interpreter exit (atexit=True)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _count()
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        # CPython calls the pending finalizers newest first.
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True


finalize._dirty = False
