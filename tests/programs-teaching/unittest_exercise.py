# A CS1 exercise file graded with unittest: some tests fail, so unittest.main() exits with 1
import unittest


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


def median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid]          # bug: wrong for even lengths


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


class TestLeap(unittest.TestCase):
    def test_common_years(self):
        for year in (2019, 2100, 1900):
            with self.subTest(year=year):
                self.assertFalse(is_leap(year))

    def test_leap_years(self):
        self.assertTrue(is_leap(2000))
        self.assertTrue(is_leap(2024))


class TestFizzBuzz(unittest.TestCase):
    def test_numbers(self):
        self.assertEqual(fizzbuzz(1), "1")
        self.assertEqual(fizzbuzz(2), "2")

    def test_words(self):
        self.assertEqual([fizzbuzz(n) for n in (3, 5, 15)], ["Fizz", "Buzz", "FizzBuzz"])

    def test_sequence(self):
        expected = ["1", "2", "Fizz", "4", "Buzz", "Fizz", "7"]
        self.assertListEqual([fizzbuzz(n) for n in range(1, 8)], expected)


class TestMedian(unittest.TestCase):
    def test_odd(self):
        self.assertEqual(median([3, 1, 2]), 2)

    def test_even(self):
        self.assertEqual(median([4, 1, 3, 2]), 2.5)

    def test_floats(self):
        self.assertAlmostEqual(median([0.1, 0.2, 0.3]), 0.2)


class TestAccount(unittest.TestCase):
    def setUp(self):
        self.account = Account("ann", 100)

    def test_deposit(self):
        self.assertEqual(self.account.deposit(50), 150)

    def test_bad_deposit(self):
        with self.assertRaises(ValueError) as ctx:
            self.account.deposit(-5)
        self.assertEqual(str(ctx.exception), "deposit must be positive")

    def test_withdraw_too_much(self):
        self.assertRaisesRegex(ValueError, "insufficient", self.account.withdraw, 500)

    def test_owner(self):
        self.assertIn(self.account.owner, ["ann", "bob"])
        self.assertIsInstance(self.account.balance, int)
        self.assertIsNone(None)
        self.assertGreater(self.account.balance, 10)

    def test_dict_state(self):
        self.assertDictEqual(vars(self.account), {"owner": "ann", "balance": 101})

    @unittest.skip("not written yet")
    def test_transfer(self):
        pass

    @unittest.expectedFailure
    def test_overdraft(self):
        self.assertEqual(self.account.withdraw(200), -100)

    def test_error(self):
        return self.account.close()


if __name__ == "__main__":
    unittest.main()
