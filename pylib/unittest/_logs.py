"""TestCase.assertLogs/assertNoLogs and assertWarns/assertWarnsRegex (written for pyx, with
CPython 3.13's behaviour and failure messages)."""

import collections

__unittest = True

_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])
_LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'


def _capturing_handler():
    import logging

    class _CapturingHandler(logging.Handler):
        """Keeps every record it handles and its formatted text."""

        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))

    return _CapturingHandler()


class _AssertLogsContext:
    """Captures a logger's records at `level` or above while the block runs (the logger's
    handlers, level and propagation are restored afterwards); fails when none came (or, with
    no_logs, when some did)."""

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _capturing_handler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(_LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._raise_failure('Unexpected logs found: {!r}'.format(self.watcher.output))
        elif not self.watcher.records:
            self._raise_failure('no logs of level {} or higher triggered on {}'.format(
                logging.getLevelName(self.level), self.logger.name))

    def _raise_failure(self, standard_msg):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard_msg))


class _AssertWarnsContext:
    """Records warnings while the block runs; the first of the expected category (matching
    the regex, if any) is kept in .warning, with .filename and .lineno."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None and isinstance(expected_regex, str):
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError(f'{next(iter(kwargs))!r} is an invalid keyword argument for this function')
            return self
        callable_obj, *args = args
        self.obj_name = getattr(callable_obj, '__name__', None) or str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        import warnings
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return None
        if first_matching is not None:
            self._raise_failure('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(first_matching)))
        name = getattr(self.expected, '__name__', str(self.expected))
        if self.obj_name:
            self._raise_failure(f'{name} not triggered by {self.obj_name}')
        self._raise_failure(f'{name} not triggered')

    def _raise_failure(self, standard_msg):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard_msg))


def install(mixin):
    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle('assertWarnsRegex', args, kwargs)

    mixin.assertLogs = assertLogs
    mixin.assertNoLogs = assertNoLogs
    mixin.assertWarns = assertWarns
    mixin.assertWarnsRegex = assertWarnsRegex
