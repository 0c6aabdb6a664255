"""Shallow and deep copy operations (pyx's own, with CPython 3.13's behaviour).

copy(x) and deepcopy(x, memo) follow CPython's copy module: atomic types are returned as
they are; list/dict/set/bytearray are copied by their own copy(); an object's __copy__ /
__deepcopy__(memo) wins; everything else goes through the reduce protocol
(__reduce_ex__(4), else __reduce__, else the default object reduction: a fresh instance
from cls.__new__, its __dict__ and __slots__ state, list and dict items) and _reconstruct.
deepcopy keeps a memo by id() so shared and cyclic structures are copied once.
"""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, frozenset, type, range, slice,
           property, _BuiltinType, type(Ellipsis), type(NotImplemented)}


def _is_atomic(x, cls, deep=False):
    # Python functions are atomic; native objects whose type pyx does not name yet (it says
    # 'function') are not when they can copy or reduce themselves (collections.deque).
    if cls is _FunctionType:
        return not hasattr(x, "__copy__") and not hasattr(x, "__reduce__")
    if cls in _ATOMIC:
        # deepcopy rebuilds frozensets and slices (they go through reduce in CPython).
        return not (deep and (cls is frozenset or cls is slice))
    return isinstance(x, type)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for klass in getattr(cls, "__mro__", (cls,)):
        slots = klass.__dict__.get("__slots__", ()) if hasattr(klass, "__dict__") else ()
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _default_state(x, cls):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and getattr(cls, "__getstate__", None) is not getattr(object, "__getstate__", None):
        return getstate()
    state = getattr(x, "__dict__", None)
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _default_reduce(x):
    """object.__reduce_ex__(4) for an instance of a class defined in Python."""
    cls = type(x)
    args = ()
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = tuple(getnewargs())
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + args, _default_state(x, cls), listitems, dictitems)


def _reduce(x, cls):
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce_ex__", None):
        return x.__reduce_ex__(4)
    reductor = getattr(x, "__reduce__", None)
    default = getattr(object, "__reduce__", None)
    if reductor is not None and (default is None or getattr(cls, "__reduce__", None) is not default):
        return reductor()
    # A tuple subclass without instance dict (a namedtuple: __slots__ = ()) reduces through
    # its __getnewargs__, as object.__reduce_ex__(4) does.
    if hasattr(x, "__dict__") or _slot_names(cls) or isinstance(x, (list, dict, set)) or hasattr(cls, "__getnewargs__"):
        return _default_reduce(x)
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x, cls):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is None:
        copier = getattr(x, "__copy__", None)
        if copier is not None:
            return copier()
    else:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is None:
        raise Error("un(shallow)copyable object of type %s" % cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x, cls, True):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple that reached itself through a list is already in the memo.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset or cls is slice:
        # CPython reduces these to cls([items]): the items are copied before the new set exists.
        y = slice(*deepcopy((x.start, x.stop, x.step), memo)) if cls is slice else cls(deepcopy(list(x), memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is None:
                raise Error("un(deep)copyable object of type %s" % cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps the originals alive while the memo lives (CPython stores them under id(memo))."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values (__replace__)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
