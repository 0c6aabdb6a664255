# Doctests run through unittest: doctest.DocTestSuite in the load_tests protocol, next to ordinary test cases
import doctest
import io
import unittest


def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    return sum(values) / len(values)


def clamp(x, lo, hi):
    """
    >>> clamp(5, 0, 3)
    3
    >>> clamp(-1, 0, 3)
    0
    >>> clamp(2, 0, 3)   # a deliberate mistake in the expected output
    3
    """
    return max(lo, min(x, hi))


def undocumented(x):
    return x


class Temperature:
    """
    >>> Temperature(100).fahrenheit
    212.0
    """

    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


class ClampTests(unittest.TestCase):
    def test_bounds(self):
        self.assertEqual([clamp(v, 0, 10) for v in (-5, 5, 15)], [0, 5, 10])


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite())
    return tests


if __name__ == "__main__":
    suite = doctest.DocTestSuite()
    print(suite.countTestCases(), sorted(t.id() for t in suite), [str(t) for t in suite][:2])
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
    failed_test, report = result.failures[0]
    print(failed_test.id(), failed_test.shortDescription())
    print("\n".join(line for line in report.splitlines() if "File" not in line and "Traceback" not in line and not line.startswith("    raise") and "^" not in line))
    clamp.__doc__ = clamp.__doc__.replace("output\n3", "output\n2")  # fixed: now unittest.main() passes
    unittest.main(verbosity=2)
