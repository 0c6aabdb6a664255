"""pickle's Pickler: writes the bytes CPython 3.13's C pickler (_pickle.c) writes, protocols 0-5.

The opcodes chosen for each type, the memo (PUT/BINPUT/LONG_BINPUT below protocol 4,
MEMOIZE from 4), batching of list/dict/set items by 1000, framing from protocol 4 (a frame is
written once it reaches 64 KiB, and a frame under 4 bytes gets no header) and the protocol < 3
name mapping (builtins -> __builtin__) follow the C pickler, so dumps() is byte-identical.
Builtin types that pyx does not give a __reduce_ex__ (complex, set and frozenset below
protocol 4, bytearray, range, slice, exceptions) are reduced here as CPython's types reduce
themselves; Python classes use object.__reduce_ex__'s rules (copyreg).
"""

import sys
import struct
import copyreg
from _pickle_common import *

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

_REVERSE_MODULES = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue", "_functools": "functools"}
_REVERSE_NAMES = {
    ("builtins", "range"): ("__builtin__", "xrange"), ("functools", "reduce"): ("__builtin__", "reduce"),
    ("builtins", "chr"): ("__builtin__", "unichr"), ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"), ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"), ("builtins", "filter"): ("itertools", "ifilter"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
}
# Python 2 had no OSError subclasses and kept every exception in `exceptions`.
_OSERROR_SUBCLASSES = {"BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
                       "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
                       "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
                       "ProcessLookupError", "TimeoutError"}

_FunctionType = type(lambda: None)
_BuiltinType = type(len)


def _encode_long(x):
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xFF and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def _raw_unicode_escape(s):
    # Protocol 0's UNICODE argument: raw-unicode-escape, plus the characters that would end
    # or corrupt the line (backslash, NUL, CR, LF, ^Z) as \\u escapes, as the C pickler does.
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append("\\U%08x" % c)
        elif c >= 0x100 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


class _Framer:
    """Protocol 4+ framing: output goes to `current` until commit() moves it to the file."""

    def __init__(self, write):
        self.file_write = write
        self.current = None

    def start(self):
        self.current = bytearray()

    def commit(self, force=False):
        f = self.current
        if f is None or (len(f) < _FRAME_SIZE_TARGET and not force):
            return
        if f:
            if len(f) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + struct.pack("<Q", len(f)))
            self.file_write(bytes(f))
        self.current = bytearray()

    def write(self, data):
        if self.current is None:
            self.file_write(data)
        else:
            self.current += data

    def write_large(self, header, payload):
        # The C pickler writes big bytes/str payloads outside any frame.
        if self.current is None:
            self.file_write(header)
            self.file_write(payload)
            return
        self.current += header
        self.commit(force=True)
        self.file_write(payload)


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._framer = _Framer(self._file_write)
        self.write = self._framer.write

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        if self.proto >= 2:
            self.write(PROTO + struct.pack("<B", self.proto))
        if self.proto >= 4:
            self._framer.start()
        self.save(obj)
        self.write(STOP)
        self._framer.commit(force=True)
        self._framer.current = None

    # --- memo ---

    def memoize(self, obj):
        idx = len(self.memo)
        self.write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + struct.pack("<B", idx) if idx < 256 else LONG_BINPUT + struct.pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b"\n"

    def _get(self, idx):
        if self.bin:
            return BINGET + struct.pack("<B", idx) if idx < 256 else LONG_BINGET + struct.pack("<I", idx)
        return GET + repr(idx).encode("ascii") + b"\n"

    # --- the dispatch ---

    def save(self, obj, save_persistent_id=True):
        self._framer.commit()
        pid = self.persistent_id(obj) if save_persistent_id else None
        if pid is not None:
            self.save_pers(pid)
            return
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        f = _DISPATCH.get(t)
        if f is not None and not (t is bytearray and self.proto < 5) and not ((t is set or t is frozenset) and self.proto < 4) \
                and not (t is bytes and self.proto < 3):
            f(self, obj)
            return
        if t is type or issubclass(t, type) or t is _FunctionType or t is _BuiltinType:
            self.save_global(obj)
            return
        reduce = copyreg.dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            rv = _builtin_reduce(obj, t, self.proto)
            if rv is None:
                rv = _object_reduce(obj, t, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple, not %s" % type(rv).__name__)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid).encode("ascii") + b"\n")

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin and -0x80000000 <= obj <= 0x7FFFFFFF:
            if 0 <= obj <= 0xFF:
                self.write(BININT1 + struct.pack("<B", obj))
            elif 0 <= obj <= 0xFFFF:
                self.write(BININT2 + struct.pack("<H", obj))
            else:
                self.write(BININT + struct.pack("<i", obj))
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + struct.pack("<B", n) + data)
            else:
                self.write(LONG4 + struct.pack("<i", n) + data)
            return
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + struct.pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def save_bytes(self, obj):
        n = len(obj)
        if n <= 0xFF:
            self.write(SHORT_BINBYTES + struct.pack("<B", n) + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._framer.write_large(BINBYTES8 + struct.pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._framer.write_large(BINBYTES + struct.pack("<I", n), obj)
        else:
            self.write(BINBYTES + struct.pack("<I", n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._framer.write_large(BYTEARRAY8 + struct.pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + struct.pack("<Q", n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if not self.bin:
            self.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
            self.memoize(obj)
            return
        data = obj.encode("utf-8", "surrogatepass")
        n = len(data)
        if n <= 0xFF and self.proto >= 4:
            self.write(SHORT_BINUNICODE + struct.pack("<B", n) + data)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._framer.write_large(BINUNICODE8 + struct.pack("<Q", n), data)
        elif n >= _FRAME_SIZE_TARGET:
            self._framer.write_large(BINUNICODE + struct.pack("<I", n), data)
        else:
            self.write(BINUNICODE + struct.pack("<I", n) + data)
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            if id(obj) in self.memo:
                # The tuple was pickled while its items were (a cycle through a mutable item).
                self.write(POP * n + self._get(self.memo[id(obj)][0]))
                return
            self.write(_TUPLE_SIZE_OPS[n])
            self.memoize(obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            get = self._get(self.memo[id(obj)][0])
            self.write((POP_MARK if self.bin else POP * (n + 1)) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if len(obj):
            if type(obj) is list and self.bin:
                self._batch_list_exact(obj)
            else:
                self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        if len(obj) == 1:
            self.save(obj[0])
            self.write(APPEND)
            return
        total = 0
        while True:
            self.write(MARK)
            this_batch = 0
            while total < len(obj):
                self.save(obj[total])
                total += 1
                this_batch += 1
                if this_batch == _BATCHSIZE:
                    break
            self.write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        if not self.bin:
            for x in items:
                self.save(x)
                self.write(APPEND)
            return
        while True:
            tmp = []
            for x in items:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            if len(tmp) > 1:
                self.write(MARK)
                for x in tmp:
                    self.save(x)
                self.write(APPENDS)
            elif tmp:
                self.save(tmp[0])
                self.write(APPEND)
            if len(tmp) < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if len(obj):
            if type(obj) is dict and self.bin:
                self._batch_dict_exact(obj)
            else:
                self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        if len(obj) == 1:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            self.write(SETITEM)
            return
        items = list(obj.items())
        i = 0
        while i < len(items):
            self.write(MARK)
            for k, v in items[i:i + _BATCHSIZE]:
                self.save(k)
                self.save(v)
            self.write(SETITEMS)
            i += _BATCHSIZE

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            return
        while True:
            tmp = []
            for kv in items:
                tmp.append(kv)
                if len(tmp) == _BATCHSIZE:
                    break
            if len(tmp) > 1:
                self.write(MARK)
                for k, v in tmp:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            elif tmp:
                k, v = tmp[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            if len(tmp) < _BATCHSIZE:
                return

    def save_set(self, obj):
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[i:i + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name = _whichmodule(obj, name)
        if obj is not _codecs_encode:
            _check_global(obj, module_name, name)
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif "." in name and self.proto < 4:
            parent_name, _, last = name.rpartition(".")
            self.save_reduce(getattr, (_lookup(module_name, parent_name), last))
            return
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _REVERSE_NAMES:
                    module_name, name = _REVERSE_NAMES[key]
                elif module_name == "builtins" and isinstance(obj, type) and issubclass(obj, BaseException):
                    module_name = "exceptions"
                    if name in _OSERROR_SUBCLASSES:
                        name = "OSError"
                    elif name == "ModuleNotFoundError":
                        name = "ImportError"
                elif module_name in _REVERSE_MODULES:
                    module_name = _REVERSE_MODULES[module_name]
            try:
                line = GLOBAL + module_name.encode("ascii") + b"\n" + name.encode("ascii") + b"\n"
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
            self.write(line)
        self.memoize(obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, nargs, kwargs = args
            if self.proto >= 4:
                self.save(cls)
                self.save(nargs)
                self.save(kwargs)
                self.write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *nargs, **kwargs))
                self.save(())
                self.write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)


_TUPLE_SIZE_OPS = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_DISPATCH = {str: Pickler.save_str, bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray,
             tuple: Pickler.save_tuple, list: Pickler.save_list, dict: Pickler.save_dict,
             set: Pickler.save_set, frozenset: Pickler.save_frozenset}


def _whichmodule(obj, name):
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module is None:
            continue
        try:
            if _lookup(module_name, name) is obj:
                return module_name
        except (AttributeError, ImportError):
            pass
    return "__main__"


def _lookup(module_name, dotted):
    __import__(module_name)
    obj = sys.modules[module_name]
    for part in dotted.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local object %r" % dotted)
        obj = getattr(obj, part)
    return obj


def _check_global(obj, module_name, name):
    if "<locals>" in name.split("."):
        raise AttributeError("Can't get local object %r" % name)
    try:
        found = _lookup(module_name, name)
    except (ImportError, KeyError):
        raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
    except AttributeError:
        raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
    if found is not obj:
        raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))


def _builtin_reduce(obj, t, proto):
    """How CPython's builtin types reduce themselves where pyx's types do not say."""
    if t is set or t is frozenset:
        return (t, (list(obj),), None)
    if t is bytes:
        if not obj:
            return (bytes, ())
        return (_codecs_encode, (str(obj, "latin1"), "latin1"))
    if t is bytearray:
        # The C pickler's own reduction below protocol 5 (not bytearray.__reduce_ex__'s).
        return (bytearray, (bytes(obj),)) if obj else (bytearray, ())
    if t is range:
        return (range, (obj.start, obj.stop, obj.step))
    if t is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if isinstance(obj, BaseException) and "__reduce__" not in _own_names(t) and "__reduce_ex__" not in _own_names(t):
        d = getattr(obj, "__dict__", None)
        return (t, obj.args, d) if d else (t, obj.args)
    return None


def _own_names(t):
    names = set()
    for c in t.__mro__:
        if c.__module__ == "builtins":
            break
        names.update(c.__dict__)
    return names


def _codecs_encode_fn(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


# Protocol < 3 pickles bytes as a call of `_codecs.encode`, a module pyx does not have: this
# function stands for it (the loader maps the name back to the same function).
_codecs_encode_fn.__module__ = "_codecs"
_codecs_encode_fn.__qualname__ = "encode"
_codecs_encode_fn.__name__ = "encode"
_codecs_encode = _codecs_encode_fn


def _object_reduce(obj, t, proto):
    """obj.__reduce_ex__(proto): the class's own, else its __reduce__, else object's rules."""
    own = _own_names(t)
    if "__reduce_ex__" in own:
        return obj.__reduce_ex__(proto)
    reductor = getattr(obj, "__reduce__", None)
    if "__reduce__" in own or (reductor is not None and t.__module__ != "builtins" and not _is_default_reduce(t)):
        return reductor()
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    return _reduce_newobj(obj, t)


def _is_default_reduce(t):
    # A Python class without its own __reduce__ inherits object's (pyx may not define one).
    for c in t.__mro__:
        if "__reduce__" in c.__dict__ or "__reduce_ex__" in c.__dict__:
            return c is object
    return True


def _reduce_newobj(obj, t):
    if not hasattr(t, "__new__"):
        raise TypeError("cannot pickle %r object" % t.__name__)
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func, rv_args = (copyreg.__newobj_ex__, (t, tuple(args), dict(kwargs))) if kwargs else (copyreg.__newobj__, (t,) + tuple(args))
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        args = tuple(getnewargs()) if getnewargs is not None else ()
        func, rv_args = copyreg.__newobj__, (t,) + args
    if t.__module__ == "builtins" and not hasattr(obj, "__dict__") and t not in (object,):
        raise TypeError("cannot pickle %r object" % t.__name__)
    state = _getstate(obj, t)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (func, rv_args, state, listitems, dictitems)


def _getstate(obj, t):
    if "__getstate__" in _own_names(t):
        return obj.__getstate__()
    state = getattr(obj, "__dict__", None)
    if not state:
        state = None
    slots = {}
    for name in copyreg._slotnames(t):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state
