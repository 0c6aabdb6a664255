"""Codec registry and helpers (pyx's own, with CPython 3.13's names, results and errors).

lookup() knows the text encodings pyx's str.encode/bytes.decode implement (utf-8, ascii,
latin-1, utf-16/32 and their endian forms) and the bytes/str transforms rot13, hex and base64;
encode()/decode() go through them as CPython's do. Not offered: incremental and stream
codecs (getincrementalencoder…, StreamReader), register() of new search functions, zlib/bz2
transforms, and the other 8-bit codecs (cp1252, koi8_r…).
"""

import builtins
import binascii as _binascii

__all__ = ["register", "lookup", "open", "encode", "decode", "CodecInfo", "getencoder", "getdecoder",
           "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32",
           "BOM_UTF32_BE", "BOM_UTF32_LE", "strict_errors", "ignore_errors", "replace_errors", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """(encode, decode, streamreader, streamwriter) with the codec's name and functions."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                          self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


def _text_codec(name):
    def encode(input, errors="strict"):
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict"):
        return bytes(input).decode(name, errors), len(input)
    return CodecInfo(encode, decode, name=name)


def _rot13(input, errors="strict"):
    return str.translate(input, _ROT13), len(input)


_ROT13 = {c: (c - base + 13) % 26 + base for base in (65, 97) for c in range(base, base + 26)}


def _hex_encode(input, errors="strict"):
    return _binascii.b2a_hex(input), len(input)


def _hex_decode(input, errors="strict"):
    return _binascii.a2b_hex(input), len(input)


def _b64_encode(input, errors="strict"):
    return _binascii.b2a_base64(input), len(input)


def _b64_decode(input, errors="strict"):
    return _binascii.a2b_base64(input), len(input)


# normalized name -> (canonical name, factory)
_TEXT = {"utf_8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
         "ascii": "ascii", "us_ascii": "ascii", "646": "ascii", "us": "ascii",
         "latin_1": "iso8859-1", "latin1": "iso8859-1", "latin": "iso8859-1", "l1": "iso8859-1",
         "iso_8859_1": "iso8859-1", "iso8859_1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1",
         "utf_16": "utf-16", "utf16": "utf-16", "u16": "utf-16", "utf_16_le": "utf-16-le", "utf_16le": "utf-16-le",
         "utf_16_be": "utf-16-be", "utf_16be": "utf-16-be", "utf_32": "utf-32", "utf32": "utf-32", "u32": "utf-32",
         "utf_32_le": "utf-32-le", "utf_32le": "utf-32-le", "utf_32_be": "utf-32-be", "utf_32be": "utf-32-be"}
_TRANSFORMS = {
    "rot_13": lambda: CodecInfo(_rot13, _rot13, name="rot-13", _is_text_encoding=False),
    "rot13": lambda: CodecInfo(_rot13, _rot13, name="rot-13", _is_text_encoding=False),
    "hex": lambda: CodecInfo(_hex_encode, _hex_decode, name="hex", _is_text_encoding=False),
    "hex_codec": lambda: CodecInfo(_hex_encode, _hex_decode, name="hex", _is_text_encoding=False),
    "base64": lambda: CodecInfo(_b64_encode, _b64_decode, name="base64", _is_text_encoding=False),
    "base_64": lambda: CodecInfo(_b64_encode, _b64_decode, name="base64", _is_text_encoding=False),
    "base64_codec": lambda: CodecInfo(_b64_encode, _b64_decode, name="base64", _is_text_encoding=False),
}
_cache = {}
_search_functions = []


def _normalize(encoding):
    return "_".join(encoding.lower().replace("-", " ").split())


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    for search in _search_functions:
        info = search(key)
        if info is not None:
            _cache[key] = info
            return info
    if key in _TEXT:
        info = _text_codec(_TEXT[key])
    elif key in _TRANSFORMS:
        info = _TRANSFORMS[key]()
    else:
        raise LookupError(f"unknown encoding: {encoding}")
    _cache[key] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    return builtins.open(filename, mode, buffering, encoding if "b" not in mode else None,
                         errors if "b" not in mode else None)


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        return ("", exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


_ERROR_HANDLERS = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors}


def lookup_error(name, /):
    try:
        return _ERROR_HANDLERS[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def register_error(name, error_handler, /):
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _ERROR_HANDLERS[name] = error_handler
