"""codecs: encode/decode by codec name, CodecInfo lookup, the BOM constants.

Text encodings (utf-8, latin-1, ascii, utf-16…) are whatever str.encode/bytes.decode accept:
this module names them and adds CPython's argument checks. The bytes-to-bytes codecs
'hex' and 'base64' and the str-to-str 'rot13' are the transforms Python code reaches only
through codecs.encode/decode (str.encode('rot13') is a LookupError in CPython too).
Not here: codecs.open, incremental and stream coders, register/unregister of search
functions.
"""

import binascii as _binascii

__all__ = [
    "encode", "decode", "lookup", "CodecInfo", "getencoder", "getdecoder",
    "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE",
    "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE", "open", "strict_errors", "ignore_errors", "replace_errors",
    "lookup_error", "register_error",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
# pyx runs little-endian only (Node on x86-64/arm64), as sys.byteorder says.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


def _rot13_char(c):
    o = ord(c)
    if 65 <= o <= 90:
        return chr((o - 65 + 13) % 26 + 65)
    if 97 <= o <= 122:
        return chr((o - 97 + 13) % 26 + 97)
    return c


def _rot13(text, errors="strict"):
    if not isinstance(text, str):
        raise TypeError(f"descriptor 'translate' for 'str' objects doesn't apply to a '{type(text).__name__}' object")
    return "".join(_rot13_char(c) for c in text), len(text)


def _bytes_arg(name, data):
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return bytes(data)


def _hex_encode(data, errors="strict"):
    data = _bytes_arg("hex", data)
    return _binascii.b2a_hex(data), len(data)


def _ascii_or_bytes(data):
    # The decoders take ASCII text too, as binascii's a2b_* functions do.
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    return bytes(data)


def _hex_decode(data, errors="strict"):
    data = _ascii_or_bytes(data)
    return _binascii.a2b_hex(data), len(data)


def _base64_encode(data, errors="strict"):
    data = _bytes_arg("base64", data)
    return _binascii.b2a_base64(data), len(data)


def _base64_decode(data, errors="strict"):
    data = _ascii_or_bytes(data)
    return _binascii.a2b_base64(data), len(data)


class CodecInfo(tuple):
    """What lookup() returns: (encode, decode, streamreader, streamwriter) plus a name."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamreader = streamreader
        self.streamwriter = streamwriter
        self._is_text_encoding = True if _is_text_encoding is None else _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


# Each text codec's canonical name (CodecInfo.name), by normalized alias.
_TEXT = {
    "utf_8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "latin_1": "iso8859-1", "latin1": "iso8859-1", "latin": "iso8859-1", "l1": "iso8859-1",
    "iso_8859_1": "iso8859-1", "iso8859_1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
    "utf_16": "utf-16", "utf16": "utf-16", "utf_16_le": "utf-16-le", "utf_16le": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_16be": "utf-16-be",
    "utf_32": "utf-32", "utf32": "utf-32", "utf_32_le": "utf-32-le", "utf_32_be": "utf-32-be",
    "cp1252": "cp1252", "windows_1252": "cp1252",
    "unicode_escape": "unicode-escape", "raw_unicode_escape": "raw-unicode-escape",
}
_TRANSFORMS = {
    "rot13": ("rot-13", _rot13, _rot13), "rot_13": ("rot-13", _rot13, _rot13),
    "hex": ("hex", _hex_encode, _hex_decode), "hex_codec": ("hex", _hex_encode, _hex_decode),
    "base64": ("base64", _base64_encode, _base64_decode), "base_64": ("base64", _base64_encode, _base64_decode),
    "base64_codec": ("base64", _base64_encode, _base64_decode),
}


def _normalize(encoding):
    # encodings.normalize_encoding, then the search function's lower-casing.
    out = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and out:
                out.append("_")
            out.append(c)
            punct = False
        else:
            punct = True
    return "".join(out).lower()


def _text_codec(name):
    def encode(input, errors="strict"):
        if not isinstance(input, str):
            fname = "latin_1" if name == "iso8859-1" else name.replace("-", "_")
            raise TypeError(f"{fname}_encode() argument 1 must be str, not {type(input).__name__}")
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict"):
        if isinstance(input, str):
            raise TypeError(f"a bytes-like object is required, not '{type(input).__name__}'")
        data = bytes(input)
        return data.decode(name, errors), len(data)
    return encode, decode


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    if key in _TRANSFORMS:
        name, enc, dec = _TRANSFORMS[key]
        return CodecInfo(enc, dec, name=name, _is_text_encoding=False)
    if key in _TEXT:
        name = _TEXT[key]
        enc, dec = _text_codec(name)
        try:
            "".encode(name)
        except LookupError:
            raise LookupError(f"unknown encoding: {encoding}") from None
        return CodecInfo(enc, dec, name=name)
    raise LookupError(f"unknown encoding: {encoding}")


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def encode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).decode(obj, errors)[0]


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """The builtin open() with an encoding (binary modes take none)."""
    import builtins
    binary = "b" in mode
    return builtins.open(filename, mode, buffering, None if binary else encoding, None if binary else errors)


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


# The handlers lookup_error() knows; registering one does not make str.encode consult it.
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
