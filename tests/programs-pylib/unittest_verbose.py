# unittest.main with -v: one line per test (ok / skipped / expected failure).
# ARGS: -v
import unittest


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class FibTest(unittest.TestCase):
    def test_base(self):
        """The first two numbers."""
        self.assertEqual([fib(0), fib(1)], [0, 1])

    def test_sequence(self):
        self.assertEqual([fib(n) for n in range(10)], [0, 1, 1, 2, 3, 5, 8, 13, 21, 34])

    @unittest.skipUnless(False, 'too slow')
    def test_large(self):
        self.assertEqual(fib(30), 832040)

    @unittest.expectedFailure
    def test_negative(self):
        self.assertEqual(fib(-1), 0)

    def test_subtests(self):
        for n, want in [(5, 5), (6, 8)]:
            with self.subTest(n=n):
                self.assertEqual(fib(n), want)


if __name__ == '__main__':
    unittest.main()
