# More unittest: fixtures at every level, skips, subTests, expected failures, assertLogs, a custom runner
import io
import logging
import sys
import unittest

events = []


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        if qty <= 0:
            raise ValueError(f"bad quantity {qty}")
        self.items[name] = self.items.get(name, 0) + qty
        logging.getLogger("inventory").info("added %d %s", qty, name)

    def remove(self, name, qty=1):
        if self.items.get(name, 0) < qty:
            raise KeyError(name)
        self.items[name] -= qty
        if not self.items[name]:
            del self.items[name]


class InventoryTest(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    def setUp(self):
        self.inv = Inventory()
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def test_add(self):
        self.inv.add("apple", 3)
        self.inv.add("apple")
        self.assertEqual(self.inv.items, {"apple": 4})

    def test_remove_all(self):
        self.inv.add("pear", 2)
        self.inv.remove("pear", 2)
        self.assertNotIn("pear", self.inv.items)

    def test_errors(self):
        with self.assertRaises(ValueError) as cm:
            self.inv.add("x", 0)
        self.assertIn("bad quantity", str(cm.exception))
        with self.assertRaisesRegex(KeyError, "ghost"):
            self.inv.remove("ghost")

    def test_quantities(self):
        for qty in (1, 5, 10):
            with self.subTest(qty=qty):
                inv = Inventory()
                inv.add("nut", qty)
                self.assertEqual(inv.items["nut"], qty)

    def test_logging(self):
        with self.assertLogs("inventory", level="INFO") as logs:
            self.inv.add("bolt", 2)
        self.assertEqual(logs.output, ["INFO:inventory:added 2 bolt"])

    @unittest.skipIf(sys.version_info < (3, 0), "needs Python 3")
    def test_version(self):
        self.assertGreaterEqual(sys.version_info[:2], (3, 8))

    @unittest.skipUnless(False, "never runs")
    def test_skipped(self):
        self.fail("should not run")

    def test_approx(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2, places=3)
        self.assertTrue(abs(sum([0.1] * 10) - 1) < 1e-9)
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertRegex("hello world", r"w\w+")
        self.assertLessEqual(2, 2)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(round(2.675, 2), 2.68)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)


class FailingTest(unittest.TestCase):
    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 4, 4])

    def test_dict_diff(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_multiline(self):
        self.assertEqual("line one\nline two\n", "line one\nline 2\n")

    def test_message(self):
        self.assertTrue(1 > 2, "one is not greater than two")

    def test_error(self):
        {}["missing"]


if __name__ == "__main__":
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromTestCase(InventoryTest)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    report = stream.getvalue()
    print("\n".join(line for line in report.splitlines() if not line.startswith("Ran ")))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
    print(events)
    print(loader.getTestCaseNames(FailingTest), suite.countTestCases())
    unittest.main(argv=["prog", "FailingTest"], exit=True)
