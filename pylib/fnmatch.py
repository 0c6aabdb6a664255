"""fnmatch for pyx: Unix shell-style wildcards (*, ?, [seq], [!seq]) matched through re.
On POSIX, fnmatch is case-sensitive, as fnmatchcase."""

import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _compile(pat):
    rx = _cache.get(pat)
    if rx is None:
        rx = re.compile(translate(pat))
        if len(_cache) > 32768:
            _cache.clear()
        _cache[pat] = rx
    return rx


def fnmatch(name, pat):
    import os
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    return _compile(pat).match(name) is not None


def filter(names, pat):
    rx = _compile(pat)
    return [name for name in names if rx.match(name) is not None]


def translate(pat):
    """The regular expression text for shell pattern `pat`, in CPython's form ('(?s:...)\\Z')."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # Runs of '*' are one '*'.
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                stuff = pat[i:j]
                i = j + 1
                if not stuff:
                    out.append('(?!)')
                elif stuff == '!':
                    out.append('.')
                else:
                    stuff = stuff.replace('\\', '\\\\')
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    out.append('[' + stuff + ']')
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'
