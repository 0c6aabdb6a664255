# Unit tests that all pass, run verbosely: the report goes to stderr and the exit status is 0
import unittest


def reverse_words(sentence):
    return " ".join(reversed(sentence.split()))


def count_vowels(text):
    return sum(1 for ch in text.lower() if ch in "aeiou")


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


class StringTests(unittest.TestCase):
    def test_reverse(self):
        self.assertEqual(reverse_words("hello big world"), "world big hello")

    def test_reverse_empty(self):
        self.assertEqual(reverse_words(""), "")

    def test_vowels(self):
        """Vowels are counted case-insensitively."""
        self.assertEqual(count_vowels("Programming In Python"), 5)


class ListTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.data = [1, [2, [3, [4]], 5]]

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_flatten(self):
        self.assertEqual(flatten(self.data), [1, 2, 3, 4, 5])

    def test_flatten_empty(self):
        self.assertEqual(flatten([]), [])

    def test_sequences(self):
        self.assertCountEqual([3, 1, 2], [1, 2, 3])
        self.assertSequenceEqual((1, 2), [1, 2])
        self.assertNotEqual(flatten([[1]]), [[1]])
        self.assertTrue(all(isinstance(x, int) for x in flatten(self.data)))


def load_summary(result):
    return f"ran={result.testsRun} failures={len(result.failures)} errors={len(result.errors)} ok={result.wasSuccessful()}"


if __name__ == "__main__":
    suite = unittest.TestLoader().loadTestsFromTestCase(StringTests)
    result = unittest.TextTestRunner(verbosity=0).run(suite)
    print(load_summary(result))
    unittest.main(verbosity=2)
