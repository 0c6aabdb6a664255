"""doctest's output side: TestResults, the captured-output buffer and OutputChecker (whether
an example's output matches what it expects, and how a mismatch is reported). Written for pyx
(see doctest.py).
"""

import re
import traceback
from collections import namedtuple
from io import StringIO

from _doctest_parse import (
    DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS,
    REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, BLANKLINE_MARKER, ELLIPSIS_MARKER)


class TestResults(namedtuple('TestResults', 'failed attempted')):
    def __new__(cls, failed, attempted, *, skipped=0):
        results = super().__new__(cls, failed, attempted)
        results.skipped = skipped
        return results

    def __repr__(self):
        # The namedtuple's repr, with the skipped count only when there is one.
        if not self.skipped:
            return super().__repr__()
        return 'TestResults(failed=%d, attempted=%d, skipped=%d)' % (self.failed, self.attempted, self.skipped)


def _indent(text, indent=4):
    # Every line that is not empty gets the indentation.
    return re.sub('(?m)^(?!$)', indent * ' ', text)


def _exception_traceback(exc_info):
    out = StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=out)
    return out.getvalue()


class _SpoofOut:
    """Where an example's output goes; what it wrote always reads back ending in a newline.
    (A wrapper rather than a StringIO subclass: pyx's io.StringIO cannot be subclassed.)"""

    encoding = 'utf-8'
    errors = 'strict'

    def __init__(self):
        self._buffer = StringIO()

    def write(self, text):
        return self._buffer.write(text)

    def writelines(self, lines):
        self._buffer.writelines(lines)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        text = self._buffer.getvalue()
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self._buffer.seek(size)
        self._buffer.truncate()


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start, end = len(first), len(got)
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        if end < start:
            return False
    # The middle pieces in order, each as early as it fits: if any placement works, this does.
    for piece in pieces[1:-1]:
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _strip_exception_details(msg):
    # "pkg.mod.Error: detail" -> "Error": the class's last dotted name, without the detail.
    start, end = 0, len(msg)
    colon = msg.find(':')
    newline = msg.find('\n')
    if newline >= 0:
        end = newline
    if 0 <= colon < end:
        end = colon
    dot = msg.rfind('.', 0, end)
    if dot >= 0:
        start = dot + 1
    return msg[start:end]


class OutputChecker:
    """Decides whether an example's output matches what its docstring expects."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # A unified or context diff of one or two lines says less than the plain listing.
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'
