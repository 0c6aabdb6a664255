"""unittest.suite for pyx: TestSuite, which also runs the class and module fixtures
(setUpClass/tearDownClass, setUpModule/tearDownModule) around the tests it holds."""

import sys
from unittest import case
from unittest.util import strclass

__unittest = True


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class BaseTestSuite:
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f'<{strclass(self.__class__)} tests={list(self)}>'

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f'{test!r} is not callable')
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing '
                            'them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_not_suite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previous_class = getattr(result, '_previousTestClass', None)
        current_class = test.__class__
        if current_class == previous_class or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(current_class, '__unittest_skip__', False):
            return
        current_class._classSetupFailed = False
        set_up_class = getattr(current_class, 'setUpClass', None)
        do_class_cleanups = getattr(current_class, 'doClassCleanups', None)
        if set_up_class is None:
            return
        failed = False
        class_name = strclass(current_class)
        try:
            set_up_class()
        except Exception as e:
            failed = True
            current_class._classSetupFailed = True
            _add_fixture_error(result, e, f'setUpClass ({class_name})')
        if failed and do_class_cleanups is not None:
            do_class_cleanups()
            for exc_info in current_class.tearDown_exceptions:
                _add_fixture_error(result, exc_info[1], f'setUpClass ({class_name})', exc_info)

    def _get_previous_module(self, result):
        previous_class = getattr(result, '_previousTestClass', None)
        return previous_class.__module__ if previous_class is not None else None

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        set_up_module = getattr(module, 'setUpModule', None)
        if set_up_module is not None:
            try:
                set_up_module()
            except Exception as e:
                result._moduleSetUpFailed = True
                _add_fixture_error(result, e, f'setUpModule ({current_module})')

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        tear_down_module = getattr(module, 'tearDownModule', None)
        if tear_down_module is not None:
            try:
                tear_down_module()
            except Exception as e:
                _add_fixture_error(result, e, f'tearDownModule ({previous_module})')

    def _tearDownPreviousClass(self, test, result):
        previous_class = getattr(result, '_previousTestClass', None)
        current_class = test.__class__
        if current_class == previous_class or previous_class is None:
            return
        if getattr(previous_class, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous_class, '__unittest_skip__', False):
            return
        tear_down_class = getattr(previous_class, 'tearDownClass', None)
        do_class_cleanups = getattr(previous_class, 'doClassCleanups', None)
        class_name = strclass(previous_class)
        if tear_down_class is not None:
            try:
                tear_down_class()
            except Exception as e:
                _add_fixture_error(result, e, f'tearDownClass ({class_name})')
        if do_class_cleanups is not None:
            do_class_cleanups()
            for exc_info in previous_class.tearDown_exceptions:
                _add_fixture_error(result, exc_info[1], f'tearDownClass ({class_name})', exc_info)


class _ErrorHolder:
    """Stands for a fixture (setUpClass...) in the result's error list."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return f'<ErrorHolder description={self.description!r}>'

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _add_fixture_error(result, exception, error_name, info=None):
    error = _ErrorHolder(error_name)
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None and isinstance(exception, case.SkipTest):
        add_skip(error, str(exception))
    else:
        if info is None:
            info = (type(exception), exception, getattr(exception, '__traceback__', None))
        result.addError(error, info)


def _is_not_suite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False
