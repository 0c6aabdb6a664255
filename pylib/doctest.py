"""doctest: run the interactive examples in docstrings and report where the output differs.

Written for pyx from the documented behaviour of CPython 3.13's doctest (never copied):
testmod, run_docstring_examples, testfile, DocTestFinder, DocTestRunner, DebugRunner,
OutputChecker, the option flags and directives, and CPython's report layout. Examples are
compiled in 'single' mode (as at the prompt), so expression values are shown through
sys.displayhook. The parser and data model are in _doctest_parse.py.

DocTestSuite/DocTestCase (unittest integration) are in _doctest_unittest.py.

Not here: pdb integration (set_trace inside an example), DocFileSuite,
script_from_examples/testsource/debug, the colour of the report (CPython colours
it only on a terminal).
"""

import sys
import inspect

from _doctest_parse import *
from _doctest_parse import (
    DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP,
    IGNORE_EXCEPTION_DETAIL, COMPARISON_FLAGS, REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF,
    REPORT_ONLY_FIRST_FAILURE, FAIL_FAST, REPORTING_FLAGS)

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
    'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF',
    'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
    'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure',
    'UnexpectedException', 'DebugRunner', 'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocTestCase', 'set_unittest_reportflags',
]


from _doctest_check import TestResults, OutputChecker
from _doctest_run import DocTestFinder, DocTestRunner, DocTestFailure, UnexpectedException, DebugRunner


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    # Imported on first use: unittest is not loaded by programs that only call testmod.
    import _doctest_unittest
    return _doctest_unittest.DocTestSuite(module if module is not None else sys.modules[sys._getframe(1).f_globals['__name__']],
                                          globs, extraglobs, test_finder, **options)


def __getattr__(name):
    if name in ('DocTestCase', 'set_unittest_reportflags'):
        import _doctest_unittest
        return getattr(_doctest_unittest, name)
    raise AttributeError(f"module 'doctest' has no attribute '{name}'")

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None,
             report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    global master
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    path = filename
    if module_relative:
        import os
        if package is None:
            caller = sys._getframe(1).f_globals
            base = caller.get('__file__') or ''
        else:
            if isinstance(package, str):
                package = __import__(package, fromlist=['*'])
            base = getattr(package, '__file__', None) or ''
        path = os.path.join(os.path.dirname(base), *filename.split('/'))
    with open(path, encoding=encoding or 'utf-8') as f:
        text = f.read()
    if name is None:
        import os
        name = os.path.basename(path)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, globs, name, path, 0))
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
