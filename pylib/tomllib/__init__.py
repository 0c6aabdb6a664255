"""A TOML 1.0 parser (pyx's own, with CPython 3.13 tomllib's results and error messages).

loads()/load() return dicts, lists, str, int, float, bool and datetime/date/time objects
(through pylib/datetime); every error is a TOMLDecodeError whose message ends with
"(at line L, column C)" or "(at end of document)" at the position CPython's parser reports.
"""

from tomllib._parser import TOMLDecodeError, load, loads

__all__ = ("loads", "load", "TOMLDecodeError")
