# Failing tests: the result object's counts and the messages of assertion failures.
import unittest


class Checks(unittest.TestCase):
    def test_int(self):
        self.assertEqual(2 + 2, 5)

    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})

    def test_text(self):
        self.assertEqual('first line\nsecond line\n', 'first line\nsecond lime\n')

    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_msg(self):
        self.assertTrue([], 'list should not be empty')

    def test_count(self):
        self.assertCountEqual('aab', 'abb')

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.01, places=3)

    def test_raises(self):
        with self.assertRaises(KeyError):
            {}.get('k')

    def test_error(self):
        raise RuntimeError('unexpected')

    def test_ok(self):
        self.assertEqual(1, 1)

    def test_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Checks)
result = unittest.TestResult()
suite.run(result)
print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors))
for test, text in result.failures + result.errors:
    # The exception line and the message lines under it (frames are indented).
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines)
                 if not line.startswith(' ') and not line.startswith('Traceback'))
    print('==', test)
    print('\n'.join(lines[start:]))
print(result.wasSuccessful())
