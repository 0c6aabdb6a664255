"""Python's keywords and soft keywords, as CPython 3.13's keyword module lists them."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# The grammar's hard keywords (grammar/python.ohm), sorted as CPython sorts them.
kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

# Names that are keywords only in some statements (match/case, type aliases, the '_' pattern).
softkwlist = ['_', 'case', 'match', 'type']

# CPython binds the frozensets' __contains__; a function taking one argument behaves the same
# for callers (iskeyword(x) -> bool, unhashable x raises TypeError).
_KEYWORDS = frozenset(kwlist)
_SOFT_KEYWORDS = frozenset(softkwlist)


def iskeyword(s):
    return s in _KEYWORDS


def issoftkeyword(s):
    return s in _SOFT_KEYWORDS
