"""Print or format exceptions and their tracebacks, as CPython's traceback module.

The text itself comes from pyx's native core `_pyx_traceback` (the same printer as uncaught
exceptions, with CPython's source lines, caret markers, chained causes and exception-group
boxes); this module gives it CPython's interface.
"""

import sys
import _pyx_traceback

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only", "format_list",
           "format_tb", "print_exc", "print_exception", "print_last", "print_tb", "walk_tb",
           "FrameSummary", "StackSummary", "TracebackException"]

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return exc, exc.__traceback__
    return value, tb


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines CPython would print for the exception (each ending in a newline)."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_pyx_traceback.format_exception(value, tb, chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """The last line(s) of the report: 'Type: message' and the exception's notes."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_pyx_traceback.format_exception(value, None, False))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc"):
        raise ValueError("no last exception")
    print_exception(sys.last_exc, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    frames = _pyx_traceback.format_tb(tb) if tb is not None else []
    return frames if limit is None else frames[:limit] if limit >= 0 else frames[limit:]


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for part in format_tb(tb, limit):
        print(part, file=file, end="")


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and the source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _source_line(filename, lineno):
    return _pyx_traceback.source_line(filename, lineno)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        out = cls()
        for frame, lineno in frame_gen:
            out.append(FrameSummary(frame.f_code.co_filename, lineno, frame.f_code.co_name))
            if limit is not None and len(out) >= limit:
                break
        return out

    def format(self):
        out = []
        for fs in self:
            row = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
            if fs.line:
                row += f"    {fs.line}\n"
            out.append(row)
        return out


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary(extracted_list).format()


class TracebackException:
    """An exception ready for rendering: format() yields the lines print_exception writes."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._exc = exc_value
        self._tb = exc_traceback
        self.stack = extract_tb(exc_traceback, limit) if exc_traceback is not None else StackSummary()
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(exc_value is not None and exc_value.__suppress_context__)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.exc_type_str = None if exc_type is None else (
            exc_type.__qualname__ if exc_type.__module__ in ("__main__", "builtins")
            else f"{exc_type.__module__}.{exc_type.__qualname__}")

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True, _ctx=None):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from _lines(_pyx_traceback.format_exception(self._exc, self._tb, chain))

    def format_exception_only(self, *, show_group=False, _depth=0):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from _lines(_pyx_traceback.format_exception(self._exc, None, False))

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return str(self._exc)
