"""The assert* methods of unittest.TestCase (a mixin), with CPython 3.13's failure messages."""

from unittest.util import safe_repr, _common_shorten_repr, sorted_list_difference

__unittest = True

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'
_DIFF_THRESHOLD = 2 ** 16


class _ShouldStop(Exception):
    """Stops a test after a failed sub-test when failfast is on."""


class _AssertRaisesContext:
    """What assertRaises/assertRaisesRegex return without a callable: a context manager that
    checks the block raised the expected exception (kept in .exception)."""

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
        if not _is_subtype(self.expected, BaseException):
            raise TypeError(f'{name}() arg 1 must be an exception type or tuple of exception '
                            f'types')
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError(f'{next(iter(kwargs))!r} is an invalid keyword argument for '
                                f'this function')
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._raise_failure(f'{exc_name} not raised by {self.obj_name}')
            else:
                self._raise_failure(f'{exc_name} not raised')
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raise_failure(f'"{self.expected_regex.pattern}" does not match "{exc_value}"')
        return True

    def _raise_failure(self, standard_msg):
        msg = self.test_case._formatMessage(self.msg, standard_msg)
        raise self.test_case.failureException(msg)


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


class AssertsMixin:
    """Mixed into TestCase; relies on its failureException, longMessage and maxDiff."""

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return f'{standardMsg} : {msg}'

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr)} is not true'))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr)} is not false'))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                return getattr(self, asserter) if isinstance(asserter, str) else asserter
            name = _EQUALITY_METHODS.get(type(first))
            if name is not None:
                return getattr(self, name)
        return self._baseAssertEqual

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard_msg = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standard_msg))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, f'{safe_repr(first)} == {safe_repr(second)}'))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard_msg = (f'{safe_repr(first)} != {safe_repr(second)} within '
                            f'{safe_repr(delta)} delta ({safe_repr(diff)} difference)')
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard_msg = (f'{safe_repr(first)} != {safe_repr(second)} within {places!r} '
                            f'places ({safe_repr(diff)} difference)')
        self.fail(self._formatMessage(msg, standard_msg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard_msg = (f'{safe_repr(first)} == {safe_repr(second)} within '
                            f'{safe_repr(delta)} delta ({safe_repr(diff)} difference)')
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard_msg = f'{safe_repr(first)} == {safe_repr(second)} within {places!r} places'
        self.fail(self._formatMessage(msg, standard_msg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        from unittest._diffs import sequence_difference
        message = sequence_difference(self, seq1, seq2, seq_type)
        if message is not None:
            self.fail(self._formatMessage(msg, message))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'first argument does not support set difference: {e}')
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'second argument does not support set difference: {e}')
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in difference1)
        if difference2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in difference2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} not found in {safe_repr(container)}'))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}'))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}'))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            from unittest._diffs import dict_difference
            self.fail(self._formatMessage(msg, dict_difference(self, d1, d2)))

    def assertCountEqual(self, first, second, msg=None):
        from unittest._diffs import count_differences
        differences = count_differences(list(first), list(second))
        if differences:
            standard_msg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % diff for diff in differences]
            standard_msg = self._truncateMessage(standard_msg, '\n'.join(lines))
            self.fail(self._formatMessage(msg, standard_msg))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            if len(first) > _DIFF_THRESHOLD or len(second) > _DIFF_THRESHOLD:
                self._baseAssertEqual(first, second, msg)
            from unittest._diffs import multiline_difference
            self.fail(self._formatMessage(msg, multiline_difference(self, first, second)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not less than {safe_repr(b)}'))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(a)} not less than or equal to {safe_repr(b)}'))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not greater than {safe_repr(b)}'))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(a)} not greater than or equal to {safe_repr(b)}'))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not an instance of {cls!r}'))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is an instance of {cls!r}'))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standard_msg = f"Regex didn't match: {expected_regex.pattern!r} not found in {text!r}"
            self.fail(self._formatMessage(msg, standard_msg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standard_msg = (f'Regex matched: {text[match.start():match.end()]!r} matches '
                            f'{unexpected_regex.pattern!r} in {text!r}')
            self.fail(self._formatMessage(msg, standard_msg))


# assertEqual's per-type comparisons (CPython registers them in TestCase.__init__).
_EQUALITY_METHODS = {dict: 'assertDictEqual', list: 'assertListEqual',
                     tuple: 'assertTupleEqual', set: 'assertSetEqual',
                     frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

from unittest._logs import install as _install_logs  # assertLogs/assertNoLogs/assertWarns(Regex)
_install_logs(AssertsMixin)
