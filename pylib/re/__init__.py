"""Regular expressions with Python's syntax and semantics, as CPython's re module.

Matching is done by pyx's native core `_pyx_re` (runtime/modules/re.ts over runtime/stdlib/re:
patterns are parsed as CPython parses them and translated to JavaScript regular expressions
where the two agree; a construct they disagree on is a clear NotImplementedError). This package
gives the core CPython's interface: Pattern and Match objects, callable replacements, re.error
and the RegexFlag flags.
"""

import _pyx_re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG", "RegexFlag", "PatternError"]

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """An int flag whose repr names its members (re.IGNORECASE|re.MULTILINE)."""

    _names = {}

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = [f"re.{name}" for bit, name in RegexFlag._names.items() if value & bit]
        rest = value & ~sum(RegexFlag._names)
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & sum(RegexFlag._names))


for _name in ("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"):
    RegexFlag._names[getattr(_pyx_re, _name)] = _name
del RegexFlag._names[_pyx_re.TEMPLATE]  # not a member in 3.13's repr order of the public flags

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(_pyx_re.ASCII)
IGNORECASE = I = RegexFlag(_pyx_re.IGNORECASE)
LOCALE = L = RegexFlag(_pyx_re.LOCALE)
UNICODE = U = RegexFlag(_pyx_re.UNICODE)
MULTILINE = M = RegexFlag(_pyx_re.MULTILINE)
DOTALL = S = RegexFlag(_pyx_re.DOTALL)
VERBOSE = X = RegexFlag(_pyx_re.VERBOSE)
DEBUG = RegexFlag(_pyx_re.DEBUG)
# The repr lists members in CPython's definition order.
RegexFlag._names = {int(f): n for f, n in ((ASCII, "ASCII"), (IGNORECASE, "IGNORECASE"), (LOCALE, "LOCALE"),
                                             (UNICODE, "UNICODE"), (MULTILINE, "MULTILINE"), (DOTALL, "DOTALL"),
                                             (VERBOSE, "VERBOSE"), (DEBUG, "DEBUG"))}


class PatternError(Exception):
    """Raised for an invalid regular expression: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f"{msg} at position {pos}"
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError


def _pattern_error(e, pattern):
    text = str(e)
    marker = text.rfind(" at position ")
    if marker < 0:
        return error(text)
    tail = text[marker + len(" at position "):]
    digits = ""
    for ch in tail:
        if not ch.isdigit():
            break
        digits += ch
    return error(text[:marker], pattern, int(digits))


_cache = {}


def _info(pattern, flags):
    key = (type(pattern), pattern, flags)
    info = _cache.get(key)
    if info is None:
        try:
            info = _pyx_re.info(pattern, flags)
        except ValueError as e:
            raise _pattern_error(e, pattern) from None
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = info
    return info


class Pattern:
    """A compiled regular expression (re.compile)."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_flags", "_repr", "__weakref__")

    def __init__(self, pattern, flags):
        groups, groupindex, effective, text, _ = _info(pattern, flags)
        self.pattern = pattern
        self._flags = flags
        self.flags = effective
        self.groups = groups
        self.groupindex = groupindex
        self._repr = text

    def __repr__(self):
        return self._repr

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _scan(self, string, pos, endpos, mode):
        st = _pyx_re.scan(self.pattern, self._flags, string, pos, endpos, mode)
        return None if st is None else Match(self, string, st)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _pyx_re.findall(self.pattern, self._flags, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter([Match(self, string, st) for st in _pyx_re.scanall(self.pattern, self._flags, string, pos, endpos)])

    def split(self, string, maxsplit=0):
        return _pyx_re.split(self.pattern, self._flags, string, maxsplit)

    def subn(self, repl, string, count=0):
        if not callable(repl):
            try:
                return _pyx_re.subn(self.pattern, self._flags, repl, string, count)
            except ValueError as e:
                # A bad template (\\2 with one group, an unknown group name): re.error about it.
                if " at position " not in str(e):
                    raise
                raise _pattern_error(e, repl) from None
        pieces = []
        last = n = 0
        if count < 0:
            return string, 0
        for st in _pyx_re.scanall(self.pattern, self._flags, string, 0, _MAXSIZE):
            if count and n >= count:
                break
            start, end = st[0][0], st[0][1]
            pieces.append(string[last:start])
            pieces.append(repl(Match(self, string, st)))
            last = end
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported by pyx yet")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = "re"


class Match:
    """The result of a successful match: groups, spans and the subject."""

    __slots__ = ("re", "string", "_st")

    def __init__(self, pattern, string, st):
        self.re = pattern
        self.string = string
        self._st = st

    @property
    def pos(self):
        return self._st[4]

    @property
    def endpos(self):
        return self._st[5]

    @property
    def lastindex(self):
        return self._st[2]

    @property
    def lastgroup(self):
        return self._st[3]

    @property
    def regs(self):
        spans = self._st[0]
        return tuple((spans[2 * g], spans[2 * g + 1]) for g in range(len(spans) // 2))

    def _index(self, g):
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif isinstance(g, int) and 0 <= g <= self.re.groups:
            return int(g)
        elif hasattr(type(g), "__index__") and not isinstance(g, (str, bytes)):
            i = g.__index__()
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError("no such group")

    def group(self, *groups):
        texts = self._st[1]
        if not groups:
            return texts[0]
        if len(groups) == 1:
            return texts[self._index(groups[0])]
        return tuple(texts[self._index(g)] for g in groups)

    def __getitem__(self, g):
        return self._st[1][self._index(g)]

    def groups(self, default=None):
        return tuple(default if t is None else t for t in self._st[1][1:])

    def groupdict(self, default=None):
        texts = self._st[1]
        return {name: (default if texts[i] is None else texts[i]) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._st[0][2 * self._index(group)]

    def end(self, group=0):
        return self._st[0][2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return self._st[0][2 * i], self._st[0][2 * i + 1]

    def expand(self, template):
        try:
            return _pyx_re.expand(self.re.pattern, self.re._flags, template, self._st[1])
        except ValueError as e:
            raise _pattern_error(e, template) from None

    def __bool__(self):
        return True

    def __repr__(self):
        text = repr(self._st[1][0])
        if len(text) > 50:
            text = text[:50]
        return f"<re.Match object; span=({self._st[0][0]}, {self._st[0][1]}), match={text}>"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = "re"


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    # One Pattern per (pattern, flags) while cached, as CPython's _cache (re.compile('a') is
    # re.compile('a')); purge() empties it.
    key = (type(pattern), pattern, int(flags))
    compiled = _patterns.get(key)
    if compiled is None:
        compiled = Pattern(pattern, int(flags))
        if len(_patterns) >= 512:
            _patterns.clear()
        _patterns[key] = compiled
    return compiled


_patterns = {}


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def escape(pattern):
    """Escape special characters in a string."""
    return _pyx_re.escape(pattern)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _patterns.clear()
    _pyx_re.purge()


class Scanner:
    """re.Scanner (undocumented, used by hand-written tokenizers): `lexicon` is a list of
    (phrase, action) pairs; scan() matches phrases one after another from the start of the
    string, calling each callable action with (scanner, text) and collecting the results that
    are not None, until no phrase matches; it returns (results, the unscanned rest).

    The phrases become the alternatives of one pattern, each in a group of its own; groups
    inside a phrase are counted so that the group that matched names its phrase."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts, self._owner = [], {}
        group = 1
        for index, (phrase, _action) in enumerate(lexicon):
            self._owner[group] = index
            parts.append('(' + phrase + ')')
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            # The phrase's own group: the outermost group that took part in the match.
            outer = next(g for g in sorted(self._owner) if m.start(g) != -1)
            action = self.lexicon[self._owner[outer]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
