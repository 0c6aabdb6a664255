"""binascii for pyx: base64, hex and CRC-32 conversions between binary data and ASCII, with
CPython 3.13's results and messages (Modules/binascii.c's behaviour, written anew in Python).
"""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
           "hexlify", "unhexlify", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
# _B64_VALUE[byte]: the 6-bit value of a base64 digit, or -1.
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
del _i, _c


def _binary(data):
    """The bytes of a bytes-like argument (CPython's 'a bytes-like object is required')."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(data).tobytes()


def _ascii(data):
    """The bytes of an ASCII-str or bytes-like argument of the a2b_* functions."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    data = _binary(data)
    table = _B64
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        word = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((table[word >> 18], table[(word >> 12) & 63], table[(word >> 6) & 63], table[word & 63]))
    rest = n - full
    if rest == 1:
        word = data[full] << 16
        out += bytes((table[word >> 18], table[(word >> 12) & 63], 61, 61))
    elif rest == 2:
        word = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((table[word >> 18], table[(word >> 12) & 63], table[(word >> 6) & 63], 61))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii(data)
    out = bytearray()
    values = _B64_VALUE
    quad = 0          # digits of the current group of four seen so far
    left = 0          # bits carried into the next output byte
    pads = 0          # '=' seen since the last digit
    padding = False   # whether any '=' has been seen
    digits = 0        # base64 digits seen (for the 1-more-than-a-multiple-of-4 message)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    for position in range(len(data)):
        c = data[position]
        if c == 61:  # '='
            padding = True
            if strict_mode and quad == 0:
                raise Error("Excess padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and position + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = values[c]
        if value < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        digits += 1
        if quad == 0:
            left = value
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (value >> 4)) & 255)
            left = value & 15
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (value >> 2)) & 255)
            left = value & 3
            quad = 3
        else:
            out.append(((left << 6) | value) & 255)
            quad = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % digits)
    if quad != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _binary(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        high, low = _hex_value(data[i]), _hex_value(data[i + 1])
        if high < 0 or low < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(high * 16 + low)
    return bytes(out)


unhexlify = a2b_hex


def _hex_value(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def _crc_table():
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC32 = _crc_table()


def crc32(data, value=0):
    """CRC-32 (the zlib/PNG polynomial), continuing from value."""
    data = _binary(data)
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32
    for byte in data:
        crc = table[(crc ^ byte) & 255] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value):
    """CRC-CCITT (polynomial 0x1021, most significant bit first), continuing from value."""
    data = _binary(data)
    crc = value & 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
