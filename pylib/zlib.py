"""zlib for pyx (written for it): compress/decompress in the zlib, raw and gzip formats,
crc32, adler32, and compressobj/decompressobj.

compress() reproduces zlib 1.2.13's output byte for byte (the version CPython 3.13 is built
with here) for levels 1-9 and the default strategy (_zlib_deflate.py follows zlib's
algorithm), and level 0 up to 32K. Known differences: a compressobj returns all its output
from flush() (the concatenation equals CPython's, the pieces do not); strategies other than
the default, memLevel other than 8 and zdict are not supported; level 0 splits inputs over
32K into stored blocks where CPython's output buffer sizes make zlib split them differently.
Plain Python: fine for the kilobytes teaching programs compress, slow for megabytes.
"""

from _zlib_deflate import deflate_raw
from _zlib_inflate import inflate_raw, _InflateError, _Incomplete

__all__ = ['compress', 'decompress', 'crc32', 'adler32', 'compressobj', 'decompressobj', 'error']

ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION, Z_BEST_SPEED, Z_BEST_COMPRESSION, Z_DEFAULT_COMPRESSION = 0, 1, 9, -1
Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED = 0, 1, 2, 3, 4
Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES = 0, 1, 2, 3, 4, 5, 6


class error(Exception):
    pass


error.__module__ = 'zlib'


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def _bytes(data, what='a bytes-like object'):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"{what} is required, not '{type(data).__name__}'") from None


def crc32(data, value=0, /):
    data = _bytes(data)
    c = ~value & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return ~c & 0xFFFFFFFF


def adler32(data, value=1, /):
    data = _bytes(data)
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    # Sums over 5552-byte runs stay exact before the modulus, as zlib's NMAX.
    for i in range(0, len(data), 5552):
        for byte in data[i:i + 5552]:
            a += byte
            b += a
        a %= 65521
        b %= 65521
    return (b << 16) | a


def _level(level):
    if level == -1:
        return 6
    if not 0 <= level <= 9:
        raise error('Bad compression level')
    return level


def _wrap(raw, data, level, wbits):
    if -15 <= wbits <= -9:
        return raw
    if 9 <= wbits <= 15:
        cmf = 0x08 | ((max(wbits, 9) - 8) << 4)
        flevel = 0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3
        header = (cmf << 8) | (flevel << 6)
        header += 31 - header % 31
        return bytes((header >> 8, header & 0xFF)) + raw + adler32(data).to_bytes(4, 'big')
    if 25 <= wbits <= 31:
        xfl = 2 if level == 9 else 4 if level < 2 else 0
        header = bytes((0x1F, 0x8B, 8, 0, 0, 0, 0, 0, xfl, 3))
        return header + raw + crc32(data).to_bytes(4, 'little') + (len(data) & 0xFFFFFFFF).to_bytes(4, 'little')
    raise ValueError('Invalid initialization option')


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _bytes(data)
    level = _level(level)
    return _wrap(deflate_raw(data, level), data, level, wbits)


def _inflate(data, wbits):
    """(decompressed, offset after the stream) or raises error / _Incomplete."""
    try:
        if 40 <= wbits <= 47:
            wbits = 31 if data[:2] == b'\x1f\x8b' else 15
        if -15 <= wbits <= -8:
            return inflate_raw(data, 0)
        if 8 <= wbits <= 15 or wbits == 0:
            if len(data) < 2:
                raise _Incomplete()
            cmf, flg = data[0], data[1]
            if ((cmf << 8) | flg) % 31 or cmf & 0x0F != 8:
                raise _InflateError('incorrect header check' if ((cmf << 8) | flg) % 31 else 'unknown compression method')
            if (cmf >> 4) + 8 > (wbits or 15):
                raise _InflateError('invalid window size')
            if flg & 0x20:
                raise error('Error 2 while decompressing data')
            out, end = inflate_raw(data, 2)
            if len(data) < end + 4:
                raise _Incomplete()
            if int.from_bytes(data[end:end + 4], 'big') != adler32(out):
                raise _InflateError('incorrect data check')
            return out, end + 4
        if 24 <= wbits <= 31:
            if len(data) < 10:
                raise _Incomplete()
            if data[0] != 0x1F or data[1] != 0x8B:
                raise _InflateError('incorrect header check')
            if data[2] != 8:
                raise _InflateError('unknown compression method')
            flags = data[3]
            pos = 10
            if flags & 4:
                pos += 2 + (data[pos] | data[pos + 1] << 8)
            for bit in (8, 16):
                if flags & bit:
                    while data[pos] != 0:
                        pos += 1
                    pos += 1
            if flags & 2:
                pos += 2
            out, end = inflate_raw(data, pos)
            if len(data) < end + 8:
                raise _Incomplete()
            if int.from_bytes(data[end:end + 4], 'little') != crc32(out):
                raise _InflateError('incorrect data check')
            if int.from_bytes(data[end + 4:end + 8], 'little') != len(out) & 0xFFFFFFFF:
                raise _InflateError('incorrect length check')
            return out, end + 8
    except IndexError:
        raise _Incomplete() from None
    except _InflateError as e:
        raise error(f'Error -3 while decompressing data: {e}') from None
    raise ValueError('Invalid initialization option')


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _bytes(data)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    try:
        out, _ = _inflate(data, wbits)
    except _Incomplete:
        raise error('Error -5 while decompressing data: incomplete or truncated stream') from None
    return out


class Compress:
    """compressobj(): collects the data and compresses it all at flush(Z_FINISH)."""

    def __init__(self, level, wbits):
        self._level = _level(level)
        self._wbits = wbits
        self._parts = []
        self._finished = False

    def compress(self, data, /):
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._parts.append(_bytes(data))
        return b''

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        if mode != Z_FINISH:
            raise ValueError('only Z_FINISH flushes are supported by pyx')
        if self._finished:
            return b''
        self._finished = True
        data = b''.join(self._parts)
        return _wrap(deflate_raw(data, self._level), data, self._level, self._wbits)

    def copy(self):
        other = Compress.__new__(Compress)
        other.__dict__.update(self.__dict__, _parts=list(self._parts))
        return other


class Decompress:
    """decompressobj(): decodes once the whole stream has arrived; the bytes after it are unused_data."""

    def __init__(self, wbits):
        self._wbits = wbits
        self._pending = b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        data = _bytes(data)
        if self.eof:
            self.unused_data += data
            return b''
        self._pending += data
        try:
            out, end = _inflate(self._pending, self._wbits)
        except _Incomplete:
            return b''
        self.eof = True
        self.unused_data = self._pending[end:]
        self._pending = b''
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        return b''

    def copy(self):
        other = Decompress.__new__(Decompress)
        other.__dict__.update(self.__dict__)
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if method != DEFLATED:
        raise ValueError('Invalid initialization option')
    return Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    return Decompress(wbits)
