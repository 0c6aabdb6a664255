"""json.encoder for pyx: JSONEncoder (defined in the package), and the chunked encoding that
JSONEncoder.iterencode() yields.

CPython encodes in one piece only for encode()/dumps() (its C encoder); iterencode() called
directly — and so a program that collects the chunks — gets the pure-Python generator's
pieces. _chunks() yields exactly those pieces: a container's opening bracket glued to its first
scalar item ('[1'), each later scalar glued to the separator before it (', 2'), a dict's key,
key separator and scalar value as three pieces, and the indentation with the piece it precedes.
The text of each scalar comes from the native core (_pyx_json.dumps), which is exact.
"""

import _pyx_json

from json import JSONEncoder

__all__ = ["JSONEncoder"]

INFINITY = float("inf")


def _string_encoder(ensure_ascii):
    def encode(s):
        return _pyx_json.dumps(s, ensure_ascii=ensure_ascii)
    return encode


def _float_text(o, allow_nan):
    if o != o or o == INFINITY or o == -INFINITY:
        if not allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return "NaN" if o != o else ("Infinity" if o > 0 else "-Infinity")
    return float.__repr__(o)


def _chunks(encoder, o):
    """The generator of JSONEncoder.iterencode(o) (encoder's options, its default())."""
    markers = {} if encoder.check_circular else None
    enc = _string_encoder(encoder.ensure_ascii)
    allow_nan = encoder.allow_nan
    indent = encoder.indent
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent
    key_sep, item_sep = encoder.key_separator, encoder.item_separator
    sort_keys, skipkeys = encoder.sort_keys, encoder.skipkeys

    def scalar(v):
        # The text of a value that is a single piece, or None for containers and others.
        if isinstance(v, str):
            return enc(v)
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if isinstance(v, int):
            return int.__repr__(v)
        if isinstance(v, float):
            return _float_text(v, allow_nan)
        return None

    def mark(v):
        if markers is not None:
            if id(v) in markers:
                raise ValueError("Circular reference detected")
            markers[id(v)] = v

    def unmark(v):
        if markers is not None:
            del markers[id(v)]

    def nested(v, level):
        if isinstance(v, (list, tuple)):
            return encode_list(v, level)
        if isinstance(v, dict):
            return encode_dict(v, level)
        return encode_any(v, level)

    def encode_list(lst, level):
        if not lst:
            yield "[]"
            return
        mark(lst)
        head = "["
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            sep = item_sep + newline
            head += newline
        else:
            newline = None
            sep = item_sep
        for i, v in enumerate(lst):
            prefix = head if i == 0 else sep
            text = scalar(v)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from nested(v, level)
        if newline is not None:
            level -= 1
            yield "\n" + indent * level
        yield "]"
        unmark(lst)

    def encode_dict(dct, level):
        if not dct:
            yield "{}"
            return
        mark(dct)
        yield "{"
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            sep = item_sep + newline
            yield newline
        else:
            newline = None
            sep = item_sep
        first = True
        for key, v in (sorted(dct.items()) if sort_keys else dct.items()):
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_text(key, allow_nan)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if first:
                first = False
            else:
                yield sep
            yield enc(key)
            yield key_sep
            text = scalar(v)
            if text is not None:
                yield text
            else:
                yield from nested(v, level)
        if newline is not None:
            level -= 1
            yield "\n" + indent * level
        yield "}"
        unmark(dct)

    def encode_any(v, level):
        text = scalar(v)
        if text is not None:
            yield text
        elif isinstance(v, (list, tuple)):
            yield from encode_list(v, level)
        elif isinstance(v, dict):
            yield from encode_dict(v, level)
        else:
            mark(v)
            yield from encode_any(encoder.default(v), level)
            unmark(v)

    return encode_any(o, 0)
