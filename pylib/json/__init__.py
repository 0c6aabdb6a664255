"""JSON (RFC 8259) encoding and decoding, as CPython's json module.

The encoder and decoder themselves are pyx's native core `_pyx_json` (runtime/modules/json.ts,
exact to CPython's output and error messages). This package adds what calls back into Python:
`default=` and JSONEncoder subclasses (`cls=`), the decoding hooks, JSONDecodeError with its
fields, and dump/load on file objects.
"""

import _pyx_json

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CORE_ERROR_SUFFIX = " (char "


def _decode_error(error, doc):
    # The core's message is "MSG: line L column C (char P)".
    text = str(error)
    cut = text.rfind(": line ")
    start = text.rfind(_CORE_ERROR_SUFFIX)
    if cut < 0 or start < 0 or not text.endswith(")"):
        return None
    return JSONDecodeError(text[:cut], doc, int(text[start + len(_CORE_ERROR_SUFFIX):-1]))


_PLAIN = (str, int, float, bool, type(None))


class JSONEncoder:
    """Extensible encoder: override default() to serialize other types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        return _pyx_json.dumps(
            self._resolve(o, {}) if self._needs_default(o) else o,
            skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii, check_circular=self.check_circular,
            allow_nan=self.allow_nan, indent=self.indent,
            separators=(self.item_separator, self.key_separator), sort_keys=self.sort_keys)

    def iterencode(self, o, _one_shot=False):
        """The encoding of o in the pieces CPython's iterencode yields (json/encoder.py)."""
        if _one_shot:
            return iter((self.encode(o),))
        from json.encoder import _chunks
        return _chunks(self, o)

    def _needs_default(self, o):
        # Only a structure holding something the core cannot encode goes through default().
        stack, seen = [o], set()
        while stack:
            x = stack.pop()
            if isinstance(x, _PLAIN):
                continue
            if isinstance(x, (list, tuple, dict)):
                if id(x) in seen:
                    continue
                seen.add(id(x))
                stack.extend(x.values() if isinstance(x, dict) else x)
                continue
            return True
        return False

    def _resolve(self, o, markers):
        """o with every value the core cannot encode replaced by default(value), in encoding order."""
        if isinstance(o, _PLAIN):
            return o
        if isinstance(o, (list, tuple, dict)):
            if self.check_circular:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            if isinstance(o, dict):
                items = sorted(o.items()) if self.sort_keys else o.items()
                out = {k: self._resolve(v, markers) for k, v in items}
            else:
                out = [self._resolve(v, markers) for v in o]
            if self.check_circular:
                del markers[id(o)]
            return out
        if self.check_circular:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o
        out = self._resolve(self.default(o), markers)
        if self.check_circular:
            del markers[id(o)]
        return out


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None and default is None and not kw:
        if (not skipkeys and ensure_ascii and check_circular and allow_nan and indent is None
                and separators is None and not sort_keys):
            return _pyx_json.dumps(obj)  # the defaults: no keyword arguments to pass and parse
        return _pyx_json.dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                               separators=separators, sort_keys=sort_keys)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting object)."""
    fp.write(dumps(obj, **kw))


class JSONDecoder:
    """Simple JSON decoder with CPython's hooks (applied after the core has parsed the text)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _has_hooks(self):
        return bool(self.object_hook or self.parse_float or self.parse_int or self.parse_constant
                    or self.object_pairs_hook)

    def decode(self, s):
        hooks = self._has_hooks()
        try:
            value = _pyx_json.loads(s, strict=self.strict, tagged=hooks)
        except ValueError as e:
            err = _decode_error(e, s)
            if err is None:
                raise
            raise err from None
        return self._untag(value) if hooks else value

    def raw_decode(self, s, idx=0):
        """The value starting exactly at s[idx] and the index just past it."""
        hooks = self._has_hooks()
        try:
            value, end = _pyx_json.scan(s, idx, self.strict, hooks)
        except ValueError as e:
            err = _decode_error(e, s)
            if err is None:
                raise
            raise err from None
        return (self._untag(value) if hooks else value), end

    def _untag(self, v):
        # The core's tagged form (runtime/modules/json.ts taggedHooks): an object is a 1-tuple
        # holding its (key, value) pairs, a number or constant a (kind, text) 2-tuple. Walked
        # post-order in document order: the order in which CPython's scanner calls the hooks.
        if isinstance(v, list):
            return [self._untag(x) for x in v]
        if type(v) is not tuple:
            return v
        if len(v) == 1:
            pairs = [(k, self._untag(x)) for k, x in v[0]]
            if self.object_pairs_hook is not None:
                return self.object_pairs_hook(pairs)
            d = dict(pairs)
            return self.object_hook(d) if self.object_hook is not None else d
        kind, text = v
        if kind == "i":
            return self.parse_int(text) if self.parse_int is not None else int(text)
        if kind == "f":
            return self.parse_float(text) if self.parse_float is not None else float(text)
        return self.parse_constant(text) if self.parse_constant is not None else float(text)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON document)."""
    if isinstance(s, (bytes, bytearray)):
        s = bytes(s).decode("utf-8-sig" if s[:3] == b"\xef\xbb\xbf" else "utf-8")
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if (cls is None and object_hook is None and parse_float is None and parse_int is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        # The defaults: the core straight away, without a JSONDecoder object per call.
        try:
            return _pyx_json.loads(s)
        except ValueError as e:
            err = _decode_error(e, s)
            if err is None:
                raise
            raise err from None
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document)."""
    return loads(fp.read(), **kw)
