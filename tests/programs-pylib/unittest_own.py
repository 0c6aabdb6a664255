# A plain unittest file for a small stack class: every test passes.
import unittest


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)


class StackTest(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()

    def test_empty(self):
        self.assertEqual(len(self.stack), 0)
        self.assertIsNone(self.stack.peek())

    def test_push_pop(self):
        for i in range(3):
            self.stack.push(i)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(len(self.stack), 2)
        self.assertEqual(self.stack.peek(), 1)

    def test_pop_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        self.assertEqual(str(cm.exception), 'pop from empty stack')
        self.assertRaisesRegex(IndexError, 'empty', self.stack.pop)

    def test_many_assertions(self):
        self.assertTrue(Stack)
        self.assertFalse(len(self.stack))
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, (1, 2))
        self.assertIs(self.stack.peek(), None)
        self.assertIsInstance(self.stack, Stack)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual('abc', 'cab')
        self.assertListEqual([1, 2], [1, 2])
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertRegex('stack-42', r'\d+')

    def test_subtests(self):
        for n in range(1, 4):
            with self.subTest(n=n):
                self.stack.push(n)
                self.assertEqual(self.stack.peek(), n)

    @unittest.skip('demonstrating skip')
    def test_skipped(self):
        self.fail('should not run')

    @unittest.skipIf(True, 'condition holds')
    def test_skip_if(self):
        self.fail('should not run')

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(Stack().peek(), 0)


class FixtureTest(unittest.TestCase):
    events = []

    @classmethod
    def setUpClass(cls):
        cls.events.append('setUpClass')

    def setUp(self):
        self.addCleanup(self.events.append, 'cleanup')

    def test_one(self):
        self.events.append('one')

    def test_two(self):
        self.events.append('two')

    @classmethod
    def tearDownClass(cls):
        print(cls.events)


if __name__ == '__main__':
    unittest.main()
