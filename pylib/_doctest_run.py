"""doctest's finder and runner. Written for pyx (see doctest.py).

DocTestFinder walks a module (its functions and classes, the classes' methods, properties and
nested classes, and `__test__`), keeping only objects defined in that module, and makes one
DocTest per docstring, sorted by name. DocTestRunner runs each example with sys.stdout
captured, compares the output with OutputChecker and reports failures in CPython's layout;
summarize() prints CPython 3.13's summary.
"""

import sys
import re
import inspect
import linecache
import traceback

from _doctest_parse import DocTestParser, SKIP, IGNORE_EXCEPTION_DETAIL, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST
from _doctest_check import (TestResults, OutputChecker, _SpoofOut, _indent, _exception_traceback,
                            _strip_exception_details)


def _is_routine(obj):
    try:
        obj = inspect.unwrap(obj)
    except ValueError:
        pass
    return inspect.isroutine(obj)


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = None
        if module is not None:
            filename = getattr(module, '__file__', None)
            if filename:
                source_lines = linecache.getlines(filename, module.__dict__) or None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        owner = inspect.getmodule(obj)
        if owner is not None:
            return module is owner
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj) or hasattr(obj, '__module__'):
            return module.__name__ == getattr(obj, '__module__', None)
        if isinstance(obj, property):
            return True
        raise ValueError('object must be a class or function')

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for valname, val in obj.__dict__.items():
                if (_is_routine(val) or inspect.isclass(val)) and self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines, globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r' % (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or inspect.ismodule(val)
                        or isinstance(val, str)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, functions, methods, '
                                     'classes, or modules: %r' % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module, source_lines, globs, seen)
        if inspect.isclass(obj):
            for valname, val in obj.__dict__.items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of obj's docstring in source_lines (None when not found)."""
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0
        if inspect.isclass(obj) and docstring is not None:
            if source_lines is None:
                return None
            pattern = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pattern.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = inspect.unwrap(obj)
            code = getattr(obj, '__code__', None)
            if code is None:
                return None
            lineno = code.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            # The docstring starts at the first line from there that opens a string.
            quote = re.compile(r'(^|.*:)\s*\w*("|\')')
            for i in range(lineno, len(source_lines)):
                if quote.match(source_lines[i]):
                    return i
        return None


class DocTestRunner:
    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
        self._stats = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    def _run_examples(self, test, compileflags, out):
        failures = attempted = skips = 0
        original = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            attempted += 1
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                skips += 1
                continue
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                exec(compile(example.source, filename, 'single', compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            success = False
            boom = False
            if exception is None:
                success = check(example.want, got, self.optionflags)
            else:
                formatted = traceback.format_exception_only(exception[0], exception[1])
                if issubclass(exception[0], SyntaxError):
                    # Only the message line (and notes) of a SyntaxError count, not its source and carets.
                    prefixes = ('%s:' % exception[0].__qualname__,
                                '%s.%s:' % (exception[0].__module__, exception[0].__qualname__))
                    for k, line in enumerate(formatted):
                        if line.startswith(prefixes):
                            formatted = formatted[k:]
                            break
                exc_msg = ''.join(formatted)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    boom = True
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    success = True
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    success = check(_strip_exception_details(example.exc_msg),
                                    _strip_exception_details(exc_msg), self.optionflags)
            if success:
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                if not quiet:
                    if boom:
                        self.report_unexpected_exception(out, test, example, exception)
                    else:
                        self.report_failure(out, test, example, got)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        self._record(test.name, failures, attempted, skips)
        return TestResults(failures, attempted, skipped=skips)

    def _record(self, name, failures, tries, skips):
        f0, t0, s0 = self._stats.get(name, (0, 0, 0))
        self._stats[name] = (failures + f0, tries + t0, skips + s0)
        self.failures += failures
        self.tries += tries
        self.skips += skips

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = 0
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        sys.stdout = self._fakeout
        saved_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_tries = total_failures = total_skips = 0
        for name, (failures, tries, skips) in self._stats.items():
            total_tries += tries
            total_failures += failures
            total_skips += skips
            if tries == 0:
                notests.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, (failures, tries, skips)))
        if verbose:
            if notests:
                print('%s had no tests:' % _n_items(notests))
                for name in sorted(notests):
                    print('    %s' % name)
            if passed:
                print('%s passed all tests:' % _n_items(passed))
                for name, count in sorted(passed):
                    print(' %3d test%s in %s' % (count, '' if count == 1 else 's', name))
        if failed:
            print(self.DIVIDER)
            print('%s had failures:' % _n_items(failed))
            for name, (failures, tries, skips) in sorted(failed):
                print(' %3d of %3d in %s' % (failures, tries, name))
        if verbose:
            print('%d test%s in %s.' % (total_tries, '' if total_tries == 1 else 's', _n_items(self._stats)))
            failed_part = ' and %d failed' % total_failures if total_failures else ''
            print('%d passed%s.' % (total_tries - total_failures, failed_part))
        if total_failures:
            msg = '***Test Failed*** %d failure%s' % (total_failures, '' if total_failures == 1 else 's')
            if total_skips:
                msg += ' and %d skipped test%s' % (total_skips, '' if total_skips == 1 else 's')
            print(msg + '.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries, skipped=total_skips)

    def merge(self, other):
        for name, (failures, tries, skips) in other._stats.items():
            f0, t0, s0 = self._stats.get(name, (0, 0, 0))
            self._stats[name] = (failures + f0, tries + t0, skips + s0)


def _n_items(items):
    n = len(items)
    return '%d item%s' % (n, '' if n == 1 else 's')


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Stops at the first failure: raises DocTestFailure or UnexpectedException."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)
