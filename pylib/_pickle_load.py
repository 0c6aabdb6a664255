"""pickle's Unpickler: every opcode of protocols 0-5 (pickletools' list), CPython 3.13's errors.

A stack with a list of saved stacks for MARK (as CPython's Python Unpickler keeps it);
Python 2 names are mapped back (`__builtin__` -> builtins, `copy_reg` -> copyreg) when
fix_imports is on, as _compat_pickle does. Out-of-band buffers (NEXT_BUFFER) are taken from
`buffers`; the EXT opcodes need copyreg's extension registry, which pyx does not offer.
"""

import sys
import struct
from _pickle_common import *
from _pickle_save import _codecs_encode

_NAME_MAPPING = {
    ("__builtin__", "xrange"): ("builtins", "range"), ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"), ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"), ("__builtin__", "long"): ("builtins", "int"),
    ("__builtin__", "basestring"): ("builtins", "str"), ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"), ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
}
_IMPORT_MAPPING = {"__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue", "exceptions": "builtins",
                   "UserDict": "collections", "UserList": "collections", "UserString": "collections"}


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self._frame = None
        dispatch = _DISPATCH
        try:
            while True:
                key = self.read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % _key_text(key[0]))
                f(self)
        except _Stop as stop:
            return stop.value

    # --- reading, through the current frame when there is one ---

    def read(self, n):
        if self._frame is not None:
            data = self._frame[self._frame_pos:self._frame_pos + n]
            if len(data) == n or n == 0:
                self._frame_pos += n
                return data
            if self._frame_pos < len(self._frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        return self._file_read(n)

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self._frame is not None:
            end = self._frame.find(b"\n", self._frame_pos)
            if end >= 0:
                line = self._frame[self._frame_pos:end + 1]
                self._frame_pos = end + 1
                return line
            if self._frame_pos < len(self._frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if module == "_codecs" and name == "encode":
            return _codecs_encode
        __import__(module, level=0)
        obj = sys.modules[module]
        for part in name.split(".") if self.proto >= 4 else [name]:
            if part == "<locals>":
                raise AttributeError("Can't get local attribute %r on %r" % (name, obj))
            try:
                obj = getattr(obj, part)
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None
        return obj

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None


def _key_text(b):
    return chr(b) if 32 <= b < 127 else "\\x%02x" % b


def _op(code):
    def register(f):
        _DISPATCH[code[0]] = f
        return f
    return register


_DISPATCH = {}


@_op(PROTO)
def _load_proto(u):
    proto = u._read_exact(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    u.proto = proto


@_op(FRAME)
def _load_frame(u):
    size, = struct.unpack("<Q", u._read_exact(8))
    if u._frame is not None and u._frame_pos < len(u._frame):
        raise UnpicklingError("beginning of a new frame before end of current frame")
    u._frame = None
    data = u._file_read(size)
    if len(data) < size:
        raise UnpicklingError("pickle data was truncated")
    u._frame = data
    u._frame_pos = 0


@_op(PERSID)
def _load_persid(u):
    try:
        pid = u.readline()[:-1].decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u.append(u.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(u):
    pid = u._pop()
    u.append(u.persistent_load(pid))


@_op(NONE)
def _load_none(u):
    u.append(None)


@_op(NEWFALSE)
def _load_false(u):
    u.append(False)


@_op(NEWTRUE)
def _load_true(u):
    u.append(True)


@_op(INT)
def _load_int(u):
    data = u.readline()
    if data == b"00\n":
        val = False
    elif data == b"01\n":
        val = True
    else:
        val = int(data, 0)
    u.append(val)


@_op(BININT)
def _load_binint(u):
    u.append(struct.unpack("<i", u._read_exact(4))[0])


@_op(BININT1)
def _load_binint1(u):
    u.append(u._read_exact(1)[0])


@_op(BININT2)
def _load_binint2(u):
    u.append(struct.unpack("<H", u._read_exact(2))[0])


@_op(LONG)
def _load_long(u):
    val = u.readline()[:-1]
    if val and val[-1:] == b"L":
        val = val[:-1]
    u.append(int(val, 0))


@_op(LONG1)
def _load_long1(u):
    n = u._read_exact(1)[0]
    u.append(int.from_bytes(u._read_exact(n), "little", signed=True))


@_op(LONG4)
def _load_long4(u):
    n, = struct.unpack("<i", u._read_exact(4))
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u.append(int.from_bytes(u._read_exact(n), "little", signed=True))


@_op(FLOAT)
def _load_float(u):
    u.append(float(u.readline()[:-1]))


@_op(BINFLOAT)
def _load_binfloat(u):
    u.append(struct.unpack(">d", u._read_exact(8))[0])


def _raw_unicode_unescape(data):
    """The raw_unicode_escape codec's decoding: Latin-1 text where only \\uXXXX and \\UXXXXXXXX are escapes."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) < width or any(c not in "0123456789abcdefABCDEF" for c in digits):
                raise UnicodeDecodeError("rawunicodeescape", data, i, i + 2 + len(digits), "truncated \\%sXXXX escape" % text[i + 1])
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\v", "\n": ""}


def _string_unescape(data):
    """A protocol 0 STRING's body (Python 2 repr of a str): its backslash escapes undone, as bytes."""
    text = data.decode("latin-1")
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "\\" or i + 1 >= len(text):
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == "x":
            out.append(chr(int(text[i + 2:i + 4], 16)))
            i += 4
        elif nxt in "01234567":
            j = i + 1
            while j < len(text) and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8) & 0xFF))
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out).encode("latin-1")


def _unquote(data):
    if len(data) >= 2 and data[0] == data[-1] and data[:1] in b"\"'":
        return data[1:-1]
    raise UnpicklingError("the STRING opcode argument must be quoted")


@_op(STRING)
def _load_string(u):
    data = _unquote(u.readline()[:-1])
    u.append(u._decode_string(_string_unescape(data)))


@_op(BINSTRING)
def _load_binstring(u):
    n, = struct.unpack("<i", u._read_exact(4))
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u.append(u._decode_string(u._read_exact(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(u):
    n = u._read_exact(1)[0]
    u.append(u._decode_string(u._read_exact(n)))


@_op(BINBYTES)
def _load_binbytes(u):
    n, = struct.unpack("<I", u._read_exact(4))
    u.append(u._read_exact(n))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(u):
    u.append(u._read_exact(u._read_exact(1)[0]))


@_op(BINBYTES8)
def _load_binbytes8(u):
    n, = struct.unpack("<Q", u._read_exact(8))
    u.append(u._read_exact(n))


@_op(BYTEARRAY8)
def _load_bytearray8(u):
    n, = struct.unpack("<Q", u._read_exact(8))
    u.append(bytearray(u._read_exact(n)))


@_op(NEXT_BUFFER)
def _load_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    try:
        buf = next(u._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    u.append(buf)


@_op(READONLY_BUFFER)
def _load_readonly_buffer(u):
    u._top()


@_op(UNICODE)
def _load_unicode(u):
    u.append(_raw_unicode_unescape(u.readline()[:-1]))


@_op(BINUNICODE)
def _load_binunicode(u):
    n, = struct.unpack("<I", u._read_exact(4))
    u.append(u._read_exact(n).decode("utf-8", "surrogatepass"))


@_op(BINUNICODE8)
def _load_binunicode8(u):
    n, = struct.unpack("<Q", u._read_exact(8))
    u.append(u._read_exact(n).decode("utf-8", "surrogatepass"))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(u):
    n = u._read_exact(1)[0]
    u.append(u._read_exact(n).decode("utf-8", "surrogatepass"))


@_op(TUPLE)
def _load_tuple(u):
    items = u.pop_mark()
    u.append(tuple(items))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(u):
    u.append(())


@_op(TUPLE1)
def _load_tuple1(u):
    u.stack[-1:] = [(u._top(),)]


@_op(TUPLE2)
def _load_tuple2(u):
    if len(u.stack) < 2:
        raise UnpicklingError("unpickling stack underflow")
    u.stack[-2:] = [(u.stack[-2], u.stack[-1])]


@_op(TUPLE3)
def _load_tuple3(u):
    if len(u.stack) < 3:
        raise UnpicklingError("unpickling stack underflow")
    u.stack[-3:] = [(u.stack[-3], u.stack[-2], u.stack[-1])]


@_op(EMPTY_LIST)
def _load_empty_list(u):
    u.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(u):
    u.append({})


@_op(EMPTY_SET)
def _load_empty_set(u):
    u.append(set())


@_op(FROZENSET)
def _load_frozenset(u):
    items = u.pop_mark()  # before u.append is looked up: pop_mark rebinds it
    u.append(frozenset(items))


@_op(LIST)
def _load_list(u):
    items = u.pop_mark()  # before u.append is looked up: pop_mark rebinds it
    u.append(items)


@_op(DICT)
def _load_dict(u):
    items = u.pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    u.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(u, klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
        value = klass(*args)
    else:
        value = klass.__new__(klass)
    u.append(value)


@_op(INST)
def _load_inst(u):
    module = u.readline()[:-1].decode("ascii")
    name = u.readline()[:-1].decode("ascii")
    klass = u.find_class(module, name)
    _instantiate(u, klass, u.pop_mark())


@_op(OBJ)
def _load_obj(u):
    args = u.pop_mark()
    cls = args.pop(0)
    _instantiate(u, cls, args)


@_op(NEWOBJ)
def _load_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    u.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    u.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(u):
    module = u.readline()[:-1].decode("utf-8")
    name = u.readline()[:-1].decode("utf-8")
    u.append(u.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.append(u.find_class(module, name))


def _load_ext(u, code):
    raise ValueError("unregistered extension code %d" % code)


@_op(EXT1)
def _load_ext1(u):
    _load_ext(u, u._read_exact(1)[0])


@_op(EXT2)
def _load_ext2(u):
    _load_ext(u, struct.unpack("<H", u._read_exact(2))[0])


@_op(EXT4)
def _load_ext4(u):
    _load_ext(u, struct.unpack("<i", u._read_exact(4))[0])


@_op(REDUCE)
def _load_reduce(u):
    args = u._pop()
    func = u._pop()
    u.append(func(*args))


@_op(POP)
def _load_pop(u):
    if u.stack:
        del u.stack[-1]
    else:
        u.pop_mark()


@_op(POP_MARK)
def _load_pop_mark(u):
    u.pop_mark()


@_op(DUP)
def _load_dup(u):
    u.append(u._top())


@_op(GET)
def _load_get(u):
    u.append(u._memo_get(int(u.readline()[:-1])))


@_op(BINGET)
def _load_binget(u):
    u.append(u._memo_get(u._read_exact(1)[0]))


@_op(LONG_BINGET)
def _load_long_binget(u):
    u.append(u._memo_get(struct.unpack("<I", u._read_exact(4))[0]))


@_op(PUT)
def _load_put(u):
    i = int(u.readline()[:-1])
    if i < 0:
        raise ValueError("negative PUT argument")
    u.memo[i] = u._top()


@_op(BINPUT)
def _load_binput(u):
    u.memo[u._read_exact(1)[0]] = u._top()


@_op(LONG_BINPUT)
def _load_long_binput(u):
    i, = struct.unpack("<I", u._read_exact(4))
    if i > sys.maxsize:
        raise ValueError("negative LONG_BINPUT argument")
    u.memo[i] = u._top()


@_op(MEMOIZE)
def _load_memoize(u):
    u.memo[len(u.memo)] = u._top()


@_op(APPEND)
def _load_append(u):
    value = u._pop()
    u._top().append(value)


@_op(APPENDS)
def _load_appends(u):
    items = u.pop_mark()
    list_obj = u._top()
    try:
        extend = list_obj.extend
    except AttributeError:
        pass
    else:
        extend(items)
        return
    append = list_obj.append
    for item in items:
        append(item)


@_op(SETITEM)
def _load_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


@_op(SETITEMS)
def _load_setitems(u):
    items = u.pop_mark()
    d = u._top()
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(u):
    items = u.pop_mark()
    set_obj = u._top()
    if isinstance(set_obj, set):
        set_obj.update(items)
    else:
        add = set_obj.add
        for item in items:
            add(item)


@_op(BUILD)
def _load_build(u):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None and _has_own_setstate(type(inst)):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        inst_dict = inst.__dict__
        for k, v in state.items():
            inst_dict[k] = v
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


def _has_own_setstate(cls):
    for c in cls.__mro__:
        if "__setstate__" in c.__dict__:
            return c is not object
    return False


@_op(MARK)
def _load_mark(u):
    u.metastack.append(u.stack)
    u.stack = []
    u.append = u.stack.append


@_op(STOP)
def _load_stop(u):
    raise _Stop(u._pop())
