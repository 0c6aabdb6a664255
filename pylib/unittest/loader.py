"""unittest.loader for pyx: finds test methods (test*, sorted by name) in TestCase classes,
modules and dotted names."""

import sys
import functools
from unittest import case, suite

__unittest = True


def _names_of(obj):
    """dir(obj) for a class (its MRO's attributes) or a module (its globals), sorted."""
    if isinstance(obj, type):
        names = set()
        for klass in obj.__mro__:
            names.update(klass.__dict__)
        return sorted(names)
    return sorted(obj.__dict__)


def _three_way_cmp(x, y):
    return (x > y) - (x < y)


class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. Maybe you meant '
                            'to derive from TestCase?')
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in _names_of(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                    and obj not in (case.TestCase, case.FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__('.'.join(parts_copy))
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(parent, type) and issubclass(parent, case.TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (case.TestCase, suite.TestSuite)):
                return test if isinstance(test, suite.TestSuite) else self.suiteClass([test])
            raise TypeError(f'calling {obj} returned {test}, not a test')
        raise TypeError(f"don't know how to make test from: {obj}")

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def should_include(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            full_name = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{name}'
            return any(_matches(full_name, pattern) for pattern in self.testNamePatterns)
        names = [n for n in _names_of(testCaseClass) if should_include(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


def _matches(name, pattern):
    # -k PATTERN: a substring, or a shell-style pattern when it has wildcards.
    if '*' not in pattern and '?' not in pattern and '[' not in pattern:
        return pattern in name
    import re
    regex = ''.join('.*' if c == '*' else '.' if c == '?' else re.escape(c) for c in pattern)
    return re.fullmatch(regex, name) is not None


defaultTestLoader = TestLoader()
