"""tomllib's lexical layer: whitespace, comments, key parts, strings, numbers, dates, arrays
and inline tables, each error at the position CPython's tomllib reports it."""

import re
import string

ASCII_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
ILLEGAL_BASIC_STR_CHARS = ASCII_CTRL - frozenset("\t")
ILLEGAL_MULTILINE_BASIC_STR_CHARS = ASCII_CTRL - frozenset("\t\n")
ILLEGAL_COMMENT_CHARS = ILLEGAL_BASIC_STR_CHARS
BARE_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "-_")
KEY_INITIAL_CHARS = BARE_KEY_CHARS | frozenset("\"'")
HEXDIGIT_CHARS = frozenset(string.hexdigits)
ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r", '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
RE_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
RE_LOCALTIME = re.compile(_TIME)
RE_DATETIME = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?:[Tt ]" + _TIME
                         + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def suffixed_err(src, pos, msg):
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count("\n", 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
        where = f"line {line}, column {column}"
    return TOMLDecodeError(f"{msg} (at {where})")


def skip_ws(src, pos, chars=" \t"):
    n = len(src)
    while pos < n and src[pos] in chars:
        pos += 1
    return pos


def skip_until(src, pos, expect, *, error_on, error_on_eof):
    new_pos = src.find(expect, pos)
    if new_pos < 0:
        new_pos = len(src)
        if error_on_eof:
            raise suffixed_err(src, new_pos, f"Expected {expect!r}")
    for i in range(pos, new_pos):
        if src[i] in error_on:
            raise suffixed_err(src, i, f"Found invalid character {src[i]!r}")
    return new_pos


def skip_comment(src, pos):
    if pos < len(src) and src[pos] == "#":
        return skip_until(src, pos + 1, "\n", error_on=ILLEGAL_COMMENT_CHARS, error_on_eof=False)
    return pos


def skip_comments_and_array_ws(src, pos):
    while True:
        before = pos
        pos = skip_ws(src, pos, " \t\n")
        pos = skip_comment(src, pos)
        if pos == before:
            return pos


def parse_key_part(src, pos):
    char = src[pos] if pos < len(src) else None
    if char is not None and char in BARE_KEY_CHARS:
        start = pos
        pos = skip_ws(src, pos, BARE_KEY_CHARS)
        return pos, src[start:pos]
    if char == "'":
        return parse_literal_str(src, pos)
    if char == '"':
        return parse_basic_str(src, pos + 1, multiline=False)
    raise suffixed_err(src, pos, "Invalid initial character for a key part")


def parse_literal_str(src, pos):
    pos += 1
    start = pos
    pos = skip_until(src, pos, "'", error_on=ILLEGAL_BASIC_STR_CHARS, error_on_eof=True)
    return pos + 1, src[start:pos]


def parse_hex_char(src, pos, hex_len):
    hex_str = src[pos:pos + hex_len]
    if len(hex_str) != hex_len or not HEXDIGIT_CHARS.issuperset(hex_str):
        raise suffixed_err(src, pos, "Invalid hex value")
    pos += hex_len
    code = int(hex_str, 16)
    if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
        raise suffixed_err(src, pos, "Escaped character is not a Unicode scalar value")
    return pos, chr(code)


def parse_escape(src, pos, multiline):
    escape_id = src[pos:pos + 2]
    pos += 2
    if multiline and escape_id in ("\\ ", "\\\t", "\\\n"):
        # A line-ending backslash: whitespace up to the next non-blank (newlines included) goes.
        if escape_id != "\\\n":
            pos = skip_ws(src, pos)
            if pos >= len(src):
                return pos, ""
            if src[pos] != "\n":
                raise suffixed_err(src, pos, "Unescaped '\\' in a string")
            pos += 1
        return skip_ws(src, pos, " \t\n"), ""
    if escape_id == "\\u":
        return parse_hex_char(src, pos, 4)
    if escape_id == "\\U":
        return parse_hex_char(src, pos, 8)
    if escape_id in ESCAPES:
        return pos, ESCAPES[escape_id]
    raise suffixed_err(src, pos, "Unescaped '\\' in a string")


def parse_basic_str(src, pos, *, multiline):
    error_on = ILLEGAL_MULTILINE_BASIC_STR_CHARS if multiline else ILLEGAL_BASIC_STR_CHARS
    parts = []
    start = pos
    n = len(src)
    while True:
        if pos >= n:
            raise suffixed_err(src, pos, "Unterminated string")
        char = src[pos]
        if char == '"':
            if not multiline:
                parts.append(src[start:pos])
                return pos + 1, "".join(parts)
            if src.startswith('"""', pos):
                parts.append(src[start:pos])
                return pos + 3, "".join(parts)
            pos += 1
            continue
        if char == "\\":
            parts.append(src[start:pos])
            pos, text = parse_escape(src, pos, multiline)
            parts.append(text)
            start = pos
            continue
        if char in error_on:
            raise suffixed_err(src, pos, f"Illegal character {char!r}")
        pos += 1


def parse_multiline_str(src, pos, *, literal):
    pos += 3
    if src.startswith("\n", pos):
        pos += 1
    if literal:
        delim = "'"
        end = skip_until(src, pos, "'''", error_on=ILLEGAL_MULTILINE_BASIC_STR_CHARS, error_on_eof=True)
        result = src[pos:end]
        pos = end + 3
    else:
        delim = '"'
        pos, result = parse_basic_str(src, pos, multiline=True)
    # Up to two quotes right before the closing three belong to the string.
    for _ in range(2):
        if not src.startswith(delim, pos):
            return pos, result
        pos += 1
        result += delim
    return pos, result


def parse_array(src, pos, parse_float, parse_pair):
    pos += 1
    array = []
    pos = skip_comments_and_array_ws(src, pos)
    if src.startswith("]", pos):
        return pos + 1, array
    while True:
        pos, val = parse_value(src, pos, parse_float, parse_pair)
        array.append(val)
        pos = skip_comments_and_array_ws(src, pos)
        c = src[pos:pos + 1]
        if c == "]":
            return pos + 1, array
        if c != ",":
            raise suffixed_err(src, pos, "Unclosed array")
        pos = skip_comments_and_array_ws(src, pos + 1)
        if src.startswith("]", pos):
            return pos + 1, array


def parse_inline_table(src, pos, parse_float, parse_pair):
    pos = skip_ws(src, pos + 1)
    table = {}
    frozen = set()
    if src.startswith("}", pos):
        return pos + 1, table
    while True:
        pos, key, value = parse_pair(pos)
        key_parent, key_stem = key[:-1], key[-1]
        if any(key[:i] in frozen for i in range(len(key) + 1)):
            raise suffixed_err(src, pos, f"Cannot mutate immutable namespace {key}")
        nest = table
        for k in key_parent:
            nest = nest.setdefault(k, {})
            if not isinstance(nest, dict):
                raise suffixed_err(src, pos, "Cannot overwrite a value")
        if key_stem in nest:
            raise suffixed_err(src, pos, f"Duplicate inline table key {key_stem!r}")
        nest[key_stem] = value
        pos = skip_ws(src, pos)
        c = src[pos:pos + 1]
        if c == "}":
            return pos + 1, table
        if c != ",":
            raise suffixed_err(src, pos, "Unclosed inline table")
        if isinstance(value, (dict, list)):
            frozen.add(key)
        pos = skip_ws(src, pos + 1)


def _datetime(m):
    import datetime as _dt
    (year, month, day, hour, minute, sec, micros, zulu, sign, off_h, off_m) = m.groups()
    year, month, day = int(year), int(month), int(day)
    if hour is None:
        return _dt.date(year, month, day)
    us = int(micros.ljust(6, "0")) if micros else 0
    if sign:
        delta = _dt.timedelta(hours=int(off_h), minutes=int(off_m))
        tz = _dt.timezone(-delta if sign == "-" else delta)
    elif zulu:
        tz = _dt.timezone.utc
    else:
        tz = None
    return _dt.datetime(year, month, day, int(hour), int(minute), int(sec), us, tzinfo=tz)


def parse_value(src, pos, parse_float, parse_pair):
    char = src[pos] if pos < len(src) else None
    if char == '"':
        if src.startswith('"""', pos):
            return parse_multiline_str(src, pos, literal=False)
        return parse_basic_str(src, pos + 1, multiline=False)
    if char == "'":
        if src.startswith("'''", pos):
            return parse_multiline_str(src, pos, literal=True)
        return parse_literal_str(src, pos)
    if char == "t" and src.startswith("true", pos):
        return pos + 4, True
    if char == "f" and src.startswith("false", pos):
        return pos + 5, False
    if char == "[":
        return parse_array(src, pos, parse_float, parse_pair)
    if char == "{":
        return parse_inline_table(src, pos, parse_float, parse_pair)
    m = RE_DATETIME.match(src, pos)
    if m:
        try:
            value = _datetime(m)
        except ValueError as e:
            raise suffixed_err(src, pos, "Invalid date or datetime") from e
        return m.end(), value
    m = RE_LOCALTIME.match(src, pos)
    if m:
        import datetime as _dt
        hour, minute, sec, micros = m.groups()
        us = int(micros.ljust(6, "0")) if micros else 0
        return m.end(), _dt.time(int(hour), int(minute), int(sec), us)
    m = RE_NUMBER.match(src, pos)
    if m:
        text = m.group()
        if m.group("floatpart"):
            return m.end(), parse_float(text.replace("_", ""))
        return m.end(), int(text, 0)
    if src[pos:pos + 3] in ("inf", "nan"):
        return pos + 3, parse_float(src[pos:pos + 3])
    if src[pos:pos + 4] in ("-inf", "+inf", "-nan", "+nan"):
        return pos + 4, parse_float(src[pos:pos + 4])
    raise suffixed_err(src, pos, "Invalid value")
