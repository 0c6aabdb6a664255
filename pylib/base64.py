"""Base16, Base32 and Base64 data encodings (RFC 4648) for pyx, with CPython 3.13's results
and messages. Base64 runs through binascii; Base32 and Base16 are done here.
"""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__) from None


def _bytes_to_encode(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(s).tobytes()


# --- Base64 ---

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_URLSAFE_ENCODE = bytes.maketrans(b"+/", b"-_")
_URLSAFE_DECODE = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    return b64encode(s).translate(_URLSAFE_ENCODE)


def urlsafe_b64decode(s):
    return b64decode(_bytes_from_decode_data(s).translate(_URLSAFE_DECODE))


# --- Base32 ---

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Padding characters after each possible length of a final group of 1..4 bytes.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _bytes_to_encode(s)
    rest = len(s) % 5
    padded = s + bytes(5 - rest) if rest else s
    out = bytearray()
    for i in range(0, len(padded), 5):
        word = int.from_bytes(padded[i:i + 5], "big")
        out += bytes(alphabet[(word >> shift) & 31] for shift in range(35, -1, -5))
    if rest:
        pads = _B32_PADS[rest]
        out[-pads:] = b"=" * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        word = 0
        for c in stripped[i:i + 8]:
            value = values.get(c)
            if value is None:
                raise binascii.Error("Non-base32 digit found")
            word = word * 32 + value
        out += word.to_bytes(5, "big") if i + 8 <= len(stripped) else (word << (5 * (8 - len(stripped[i:i + 8])))).to_bytes(5, "big")
    if pads:
        kept = {1: 4, 3: 3, 4: 2, 6: 1}.get(pads)
        if kept is None or not out:
            raise binascii.Error("Incorrect padding")
        del out[len(out) - 5 + kept:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# --- Base16 ---

def b16encode(s):
    return _bytes_to_encode(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# --- The legacy interface (MIME: lines of at most 76 characters) ---

_MAXLINESIZE = 76
_MAXBINSIZE = (_MAXLINESIZE // 4) * 3


def _input_type_check(s):
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from None


def encodebytes(s):
    s = _input_type_check(s)
    pieces = []
    for i in range(0, len(s), _MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + _MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_input_type_check(s))


def encode(input, output):
    while True:
        s = input.read(_MAXBINSIZE)
        if not s:
            break
        while len(s) < _MAXBINSIZE:
            more = input.read(_MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
