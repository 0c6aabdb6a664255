"""Print or format exceptions and their tracebacks, as CPython's traceback module.

The text itself comes from pyx's native core `_pyx_traceback` (the same printer as uncaught
exceptions, with CPython's source lines, caret markers, chained causes and exception-group
boxes); this module gives it CPython's interface.
"""

import collections
import itertools
import linecache
import sys
import textwrap
import _pyx_traceback

__all__ = ["extract_stack", "extract_tb", "format_exc", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "print_exception", "print_last",
           "print_list", "print_stack", "print_tb", "walk_stack", "walk_tb",
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


def _limit(limit):
    # As StackSummary's extraction: no limit means sys.tracebacklimit (negative: 0).
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


_CHAIN_MESSAGES = ("The above exception was the direct cause of the following exception:\n",
                   "During handling of the above exception, another exception occurred:\n")


def _chunks(text):
    """The report split as CPython's TracebackException.format yields it: one string per frame
    (its File line with the source and caret lines under it), one per chain message (with
    its blank lines), one per other line."""
    lines = _lines(text)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "\n" and i + 2 < len(lines) and lines[i + 1] in _CHAIN_MESSAGES and lines[i + 2] == "\n":
            out.append("".join(lines[i:i + 3]))
            i += 3
            continue
        if line.startswith('  File "'):
            j = i + 1
            while j < len(lines) and lines[j].startswith("    "):
                j += 1
            out.append("".join(lines[i:j]))
            i = j
            continue
        out.append(line)
        i += 1
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines CPython would print for the exception (each ending in a newline)."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _chunks(_pyx_traceback.format_exception(value, tb, chain, _limit(limit)))


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


def _walk_tb_with_full_positions(tb):
    # CPython reads co_positions() at tb_lasti; pyx's traceback objects carry the span.
    while tb is not None:
        yield tb.tb_frame, tb._pyx_positions
        tb = tb.tb_next


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame (f_back order)."""
    if f is None:
        # The caller of StackSummary.extract, as in CPython: this generator, extract's
        # extended_frame_gen and _extract_from_extended_frame_gen, extract, then its caller.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _getline(filename, lineno):
    line = _pyx_traceback.source_line(filename, lineno)
    return line if line else linecache.getline(filename, lineno)


_RECURSIVE_CUTOFF = 3


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, the source line, positions."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_lines", "_lines_dedented", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._lines = line
        self._lines_dedented = None
        if lookup_line:
            self.line
        self.locals = {k: _safe_repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    def _set_lines(self):
        if self._lines is None and self.lineno is not None and self.end_lineno is not None:
            lines = [_getline(self.filename, n).rstrip() for n in range(self.lineno, self.end_lineno + 1)]
            self._lines = "\n".join(lines) + "\n"

    @property
    def _original_lines(self):
        self._set_lines()
        return self._lines

    @property
    def _dedented_lines(self):
        self._set_lines()
        if self._lines_dedented is None and self._lines is not None:
            self._lines_dedented = textwrap.dedent(self._lines)
        return self._lines_dedented

    @property
    def line(self):
        self._set_lines()
        if self._lines is None:
            return None
        return self._lines.partition("\n")[0].strip()


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return f"<local repr() failed>"


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary, **kwargs):
        """The text of one frame: its File line, its source line (with carets when the
        columns are known) and its captured locals."""
        fs = frame_summary
        filename = "<stdin>" if fs.filename.startswith("<stdin>-") else fs.filename
        if fs.colno is not None and fs.end_colno is not None and fs._lines is not None \
                and _pyx_traceback.source_text(fs.filename) is not None:
            row = [_pyx_traceback.format_frame(filename, fs.lineno, fs.end_lineno, fs.colno,
                                               fs.end_colno, fs.name)]
        else:
            row = [f'  File "{filename}", line {fs.lineno}, in {fs.name}\n']
            if fs._dedented_lines and fs._dedented_lines.strip():
                row.append(textwrap.indent(fs.line, "    ") + "\n")
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                row.append(f"    {name} = {value}\n")
        return "".join(row)

    def format(self, **kwargs):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename
                    or last_line is None or last_line != frame_summary.lineno
                    or last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    """The running stack from frame f (default: the caller), oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


class TracebackException:
    """An exception ready for rendering: format() yields the lines print_exception writes."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc_type = exc_type
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = _limit(limit)
        self.stack = extract_tb(exc_traceback, limit) if exc_traceback is not None else StackSummary()
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(exc_value is not None and exc_value.__suppress_context__)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.exc_type_str = None if exc_type is None else (
            exc_type.__qualname__ if exc_type.__module__ in ("__main__", "builtins")
            else f"{exc_type.__module__}.{exc_type.__qualname__}")

    @property
    def exc_type(self):
        import warnings
        warnings.warn("Deprecated in 3.13. Use exc_type_str instead.", DeprecationWarning, stacklevel=2)
        return self._exc_type

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True, _ctx=None):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from _chunks(_pyx_traceback.format_exception(self._exc, self._tb, chain, self._limit))

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
