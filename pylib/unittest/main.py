"""unittest.main for pyx: the command line (-v, -q, -f, -k, test names) and the exit status."""

import sys
from unittest import loader, runner

__unittest = True

_NO_TESTS_EXITCODE = 5

USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [-f] [-k TESTNAMEPATTERNS] [tests ...]
"""


class TestProgram:
    """Loads the tests of a module (or those named on the command line), runs them, exits."""
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if isinstance(module, str):
            self.module = sys.modules[module] if module in sys.modules else __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = 'python -m unittest'
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg == '--locals':
                self.tb_locals = True
            elif arg == '-k' and args:
                pattern = args.pop(0)
                if '*' not in pattern:
                    pattern = f'*{pattern}*'
                self.testNamePatterns = (self.testNamePatterns or []) + [pattern]
            elif arg in ('-h', '--help'):
                print(USAGE % {'prog': self.progName})
                sys.exit(0)
            else:
                names.append(arg)
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                test_runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                              buffer=self.buffer, warnings=self.warnings,
                                              tb_locals=self.tb_locals, durations=self.durations)
            except TypeError:
                test_runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                              buffer=self.buffer, warnings=self.warnings)
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram
