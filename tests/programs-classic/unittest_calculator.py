# A plain unittest file: a small calculator and its tests, run by unittest.main() (one test fails
# on purpose, so the summary says FAILED and the exit status is 1).
import unittest


class Calculator:
    def __init__(self):
        self.memory = 0

    def add(self, a, b):
        return a + b

    def divide(self, a, b):
        if b == 0:
            raise ZeroDivisionError("cannot divide by zero")
        return a / b

    def store(self, value):
        self.memory = value
        return self

    def mean(self, values):
        values = list(values)
        if not values:
            raise ValueError("mean of empty data")
        return sum(values) / len(values)


class CalculatorTests(unittest.TestCase):
    def setUp(self):
        self.calc = Calculator()

    def test_add(self):
        self.assertEqual(self.calc.add(2, 3), 5)
        self.assertEqual(self.calc.add(-1, 1), 0)
        self.assertEqual(self.calc.add("a", "b"), "ab")

    def test_divide(self):
        self.assertAlmostEqual(self.calc.divide(1, 3), 0.3333333, places=6)
        with self.assertRaises(ZeroDivisionError) as cm:
            self.calc.divide(1, 0)
        self.assertIn("zero", str(cm.exception))

    def test_store_chain(self):
        self.assertIs(self.calc.store(7), self.calc)
        self.assertEqual(self.calc.memory, 7)

    def test_mean(self):
        self.assertEqual(self.calc.mean([1, 2, 3, 4]), 2.5)
        self.assertRaises(ValueError, self.calc.mean, [])

    def test_subtests(self):
        for a, b, expected in [(1, 1, 2), (2, 2, 4), (0, 5, 5)]:
            with self.subTest(a=a, b=b):
                self.assertEqual(self.calc.add(a, b), expected)

    def test_containers(self):
        self.assertFalse([])
        self.assertListEqual(sorted([3, 1, 2]), [1, 2, 3])
        self.assertDictEqual({"a": 1}, dict(a=1))
        self.assertIsNone(None)
        self.assertIsInstance(self.calc, Calculator)
        self.assertGreater(3, 2)
        self.assertNotIn(4, [1, 2, 3])
        self.assertCountEqual("abca", "aacb")

    @unittest.skip("not implemented yet")
    def test_power(self):
        self.fail("should be skipped")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(self.calc.add(0.1, 0.2), 0.3)

    def test_deliberate_failure(self):
        self.assertEqual(self.calc.add(2, 2), 5, "2 + 2 should be 5 in this test")


if __name__ == "__main__":
    unittest.main()
