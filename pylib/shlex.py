"""Shell-like splitting and quoting (pyx's own, with CPython 3.13's results for split/quote/join).

split() is the POSIX-mode lexer shlex.split uses: whitespace separates words, '...' quotes
literally, "..." quotes with backslash escaping only \\ and ", a backslash outside
quotes escapes the next character, and with comments=True a '#' outside quotes ends the word
and starts a comment that runs to the end of the line. Not offered: the shlex.shlex class
(non-POSIX mode, punctuation_chars, sourcehooks).
"""

import re

__all__ = ["split", "quote", "join"]

_WHITESPACE = " \t\r\n"


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("shlex.split(posix=False) is not offered by pyx")
    words = []
    word = None  # None: between words; a str (maybe empty, after '') while in one
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch in _WHITESPACE:
            if word is not None:
                words.append(word)
                word = None
            i += 1
        elif comments and ch == "#":
            # A comment ends the word it touches and runs to the end of the line.
            if word is not None:
                words.append(word)
                word = None
            nl = s.find("\n", i)
            i = n if nl < 0 else nl + 1
        elif ch == "\\":
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word = (word or "") + s[i + 1]
            i += 2
        elif ch == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ValueError("No closing quotation")
            word = (word or "") + s[i + 1:end]
            i = end + 1
        elif ch == '"':
            i += 1
            parts = []
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\":
                    if i + 1 >= n:
                        raise ValueError("No closing quotation")
                    nxt = s[i + 1]
                    if nxt in '\\"':
                        parts.append(nxt)
                    else:
                        parts.append(c + nxt)
                    i += 2
                    continue
                parts.append(c)
                i += 1
            word = (word or "") + "".join(parts)
        else:
            word = (word or "") + ch
            i += 1
    if word is not None:
        words.append(word)
    return words


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """A shell-escaped version of s."""
    if not s:
        return "''"
    if not isinstance(s, str):
        raise TypeError(f"expected string object, got {type(s).__name__!r}")
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)
