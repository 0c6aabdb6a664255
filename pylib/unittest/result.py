"""unittest.result for pyx: TestResult (what happened to each test) and the formatting of a
failure's traceback."""

import sys
from unittest.util import strclass

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


def _is_relevant_frame(tb):
    return '__unittest' not in tb.tb_frame.f_globals


def _clean_traceback(exctype, value, tb, failure_exception):
    """Drops the unittest frames before the test's and, for assertion failures, after it."""
    while tb is not None and not _is_relevant_frame(tb):
        tb = tb.tb_next
    if exctype is failure_exception or (isinstance(exctype, type) and failure_exception is not None
                                        and issubclass(exctype, failure_exception)):
        prev = None
        current = tb
        while current is not None and _is_relevant_frame(current):
            prev = current
            current = current.tb_next
        if prev is not None and current is not None:
            prev.tb_next = None
    return tb


def _exception_only(value):
    cls = type(value)
    name = getattr(cls, '__qualname__', cls.__name__)
    if cls.__module__ not in ('__main__', 'builtins'):
        name = f'{cls.__module__}.{name}'
    text = str(value)
    lines = [f'{name}: {text}\n' if text else f'{name}\n']
    for note in getattr(value, '__notes__', None) or ():
        lines.append(f'{note}\n')
    return lines


def format_exception(exctype, value, tb):
    """The traceback text of a failure: the traceback module's when the runtime has it, else
    the frames of __traceback__ (when the runtime records it) and the exception line."""
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        return ''.join(traceback.TracebackException(exctype, value, tb, compact=True).format())
    lines = ['Traceback (most recent call last):\n']
    while tb is not None:
        code = tb.tb_frame.f_code
        lines.append(f'  File "{code.co_filename}", line {tb.tb_lineno}, in {code.co_name}\n')
        tb = tb.tb_next
    return ''.join(lines + _exception_only(value))


class TestResult:
    """Counts and records test outcomes; errors/failures hold (test, formatted traceback)."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        if hasattr(self, 'collectedDurations'):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        tb = _clean_traceback(exctype, value, tb, getattr(test, 'failureException', None))
        return format_exception(exctype, value, tb)

    def __repr__(self):
        return (f'<{strclass(self.__class__)} run={self.testsRun} errors={len(self.errors)} '
                f'failures={len(self.failures)}>')
