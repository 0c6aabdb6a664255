"""General functions for HTML manipulation (pyx's own): escape and unescape as CPython 3.13's.

unescape follows the HTML 5 rules: numeric references with the WHATWG fix-ups (_charrefs.py),
named references from html.entities.html5, and for a name without its semicolon the longest
known prefix. The data tables are generated from CPython (scripts/gen-html-entities.py).
"""

import re as _re
from html.entities import html5 as _html5
from html._charrefs import invalid_charrefs as _invalid_charrefs, invalid_codepoints as _codepoint_list

__all__ = ["escape", "unescape"]

_invalid_codepoints = frozenset(_codepoint_list)


def escape(s, quote=True):
    """&, < and > (and with quote, " and ') as HTML-safe references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


def _numeric(text):
    num = int(text[2:].rstrip(";"), 16) if text[1] in "xX" else int(text[1:].rstrip(";"))
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return "\ufffd"
    if num in _invalid_codepoints:
        return ""
    return chr(num)


def _replace(match):
    text = match.group(1)
    if text[0] == "#":
        return _numeric(text)
    if text in _html5:
        return _html5[text]
    # The longest known name that starts the reference (at least two characters), the rest kept.
    for end in range(len(text) - 1, 1, -1):
        if text[:end] in _html5:
            return _html5[text[:end]] + text[end:]
    return "&" + text


_CHARREF = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """Named and numeric character references in s replaced by the characters they name."""
    if "&" not in s:
        return s
    return _CHARREF.sub(_replace, s)
