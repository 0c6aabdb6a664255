# Testing with unittest.mock: stand-ins for a payment gateway, the clock, files and input, with patch in every form
import builtins
import json
import os
import unittest
from unittest import mock
from unittest.mock import MagicMock, Mock, call, patch, sentinel, ANY, mock_open, PropertyMock


class PaymentError(Exception):
    pass


class Shop:
    def __init__(self, gateway, clock):
        self.gateway = gateway
        self.clock = clock
        self.orders = []

    def checkout(self, user, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        receipt = self.gateway.charge(user, amount, currency="EUR")
        if not receipt["ok"]:
            raise PaymentError(receipt.get("reason", "declined"))
        self.orders.append((user, amount, self.clock()))
        self.gateway.notify(user)
        return receipt["id"]


def load_config(path):
    with open(path) as f:
        return json.load(f)


def count_lines(path):
    with open(path) as f:
        return sum(1 for line in f if line.strip())


def ask_age():
    answer = input("Age? ")
    return int(answer) if answer.isdigit() else None


def home_size():
    return len(os.listdir(os.path.expanduser("~")))


class Thermostat:
    @property
    def reading(self):
        raise RuntimeError("no hardware")

    def status(self):
        return "hot" if self.reading > 25 else "ok"


class ShopTest(unittest.TestCase):
    def setUp(self):
        self.gateway = Mock()
        self.gateway.charge.return_value = {"ok": True, "id": 42}
        self.clock = Mock(return_value=1700000000)
        self.shop = Shop(self.gateway, self.clock)

    def test_checkout_charges_and_notifies(self):
        self.assertEqual(self.shop.checkout("ann", 30), 42)
        self.gateway.charge.assert_called_once_with("ann", 30, currency="EUR")
        self.gateway.notify.assert_called_once_with("ann")
        self.assertEqual(self.gateway.mock_calls, [call.charge("ann", 30, currency="EUR"), call.notify("ann")])
        self.assertEqual(self.shop.orders, [("ann", 30, 1700000000)])
        self.clock.assert_called_once_with()

    def test_declined(self):
        self.gateway.charge.return_value = {"ok": False, "reason": "card expired"}
        with self.assertRaisesRegex(PaymentError, "expired"):
            self.shop.checkout("bob", 10)
        self.gateway.notify.assert_not_called()

    def test_side_effects(self):
        self.gateway.charge.side_effect = [{"ok": True, "id": 1}, {"ok": True, "id": 2}, ConnectionError("down")]
        self.assertEqual([self.shop.checkout("c", 5), self.shop.checkout("d", 6)], [1, 2])
        with self.assertRaises(ConnectionError):
            self.shop.checkout("e", 7)
        self.assertEqual(self.gateway.charge.call_count, 3)
        self.gateway.charge.assert_any_call("d", 6, currency="EUR")
        self.gateway.charge.assert_has_calls([call("c", 5, currency="EUR"), call("d", 6, currency=ANY)])
        self.assertEqual(self.gateway.charge.call_args, call("e", 7, currency="EUR"))
        self.assertEqual(self.gateway.charge.call_args.args, ("e", 7))
        self.assertEqual(self.gateway.charge.call_args.kwargs, {"currency": "EUR"})

    def test_side_effect_function(self):
        self.gateway.charge.side_effect = lambda user, amount, currency: {"ok": amount < 100, "id": amount * 2}
        self.assertEqual(self.shop.checkout("f", 50), 100)
        self.assertRaises(PaymentError, self.shop.checkout, "g", 500)
        self.assertRaises(ValueError, self.shop.checkout, "h", 0)

    def test_assertion_messages(self):
        m = Mock()
        m(1)
        m(2)
        with self.assertRaises(AssertionError) as cm:
            m.assert_called_once()
        self.assertEqual(str(cm.exception), "Expected 'mock' to have been called once. Called 2 times.\nCalls: [call(1), call(2)].")
        with self.assertRaises(AssertionError) as cm:
            m.assert_called_with(3)
        self.assertEqual(str(cm.exception), "expected call not found.\nExpected: mock(3)\n  Actual: mock(2)")
        with self.assertRaises(AssertionError) as cm:
            Mock().method.assert_called_with("x")
        self.assertEqual(str(cm.exception), "expected call not found.\nExpected: method('x')\n  Actual: not called.")
        with self.assertRaises(AttributeError):
            m.assert_caled_once()
        m.reset_mock()
        m.assert_not_called()
        self.assertEqual((m.called, m.call_count, m.call_args, m.call_args_list), (False, 0, None, []))

    def test_configure(self):
        m = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "name_attr": "x"})
        self.assertEqual(m.method(), 3)
        self.assertRaises(KeyError, m.other)
        self.assertEqual(m.name_attr, "x")
        self.assertIs(m.child, m.child)
        self.assertIsNot(m.child, m.other_child)
        del m.child
        with self.assertRaises(AttributeError):
            m.child
        spec = Mock(spec=["read", "close"])
        spec.read()
        with self.assertRaises(AttributeError):
            spec.write
        self.assertEqual(sentinel.token, sentinel.token)
        self.assertEqual(repr(sentinel.token), "sentinel.token")
        self.assertEqual(repr(call(1, b=2)), "call(1, b=2)")
        parent = Mock()
        parent.a.b.c(5)
        self.assertEqual(parent.mock_calls, [call.a.b.c(5)])
        self.assertEqual(parent.method_calls, [call.a.b.c(5)])
        r = parent()
        r.x()
        self.assertEqual(parent.mock_calls, [call.a.b.c(5), call(), call().x()])


class MagicTest(unittest.TestCase):
    def test_magic_defaults(self):
        m = MagicMock()
        self.assertEqual((len(m), list(m), bool(m), int(m), float(m), 3 in m), (0, [], True, 1, 1.0, False))
        m.__len__.return_value = 7
        m.__iter__.return_value = [1, 2, 3]
        m.__getitem__.side_effect = lambda k: k * 2
        m.__contains__.return_value = True
        self.assertEqual((len(m), list(m), m[21], "x" in m), (7, [1, 2, 3], 42, True))
        m.__getitem__.assert_called_once_with(21)
        m.__str__.return_value = "magic!"
        self.assertEqual(str(m), "magic!")
        self.assertTrue(m == m)
        self.assertFalse(m == MagicMock())
        with m as entered:
            self.assertIs(entered, m.__enter__.return_value)
        m.__exit__.assert_called_once_with(None, None, None)
        m["k"] = "v"
        m.__setitem__.assert_called_once_with("k", "v")

    def test_context_manager_mock(self):
        cm = MagicMock()
        cm.__enter__.return_value.read.return_value = "data"
        with cm as f:
            self.assertEqual(f.read(), "data")


class PatchTest(unittest.TestCase):
    @patch("os.listdir")
    @patch("os.path.expanduser", return_value="/home/test")
    def test_decorators(self, mock_expand, mock_listdir):
        mock_listdir.return_value = ["a", "b", "c"]
        self.assertEqual(home_size(), 3)
        mock_expand.assert_called_once_with("~")
        mock_listdir.assert_called_once_with("/home/test")

    def test_context_manager(self):
        with patch("builtins.input", return_value="37") as fake_input:
            self.assertEqual(ask_age(), 37)
            fake_input.assert_called_once_with("Age? ")
        with patch("builtins.input", side_effect=["abc"]):
            self.assertIsNone(ask_age())
        self.assertIs(builtins.input, input)

    def test_mock_open(self):
        with patch("builtins.open", mock_open(read_data='{"debug": true, "level": 3}')) as m:
            self.assertEqual(load_config("settings.json"), {"debug": True, "level": 3})
            m.assert_called_once_with("settings.json")
        with patch("builtins.open", mock_open(read_data="one\n\ntwo\nthree\n")):
            self.assertEqual(count_lines("f.txt"), 3)
        opener = mock_open()
        with patch("builtins.open", opener):
            with open("out.txt", "w") as f:
                f.write("hello")
        opener.assert_called_once_with("out.txt", "w")
        opener().write.assert_called_once_with("hello")

    def test_patch_object_and_dict(self):
        with patch.object(Thermostat, "reading", new_callable=PropertyMock) as reading:
            reading.return_value = 30
            self.assertEqual(Thermostat().status(), "hot")
            reading.return_value = 20
            self.assertEqual(Thermostat().status(), "ok")
            self.assertEqual(reading.call_count, 2)
        with self.assertRaises(RuntimeError):
            Thermostat().status()
        config = {"mode": "prod"}
        with patch.dict(config, {"mode": "test", "extra": 1}):
            self.assertEqual(config, {"mode": "test", "extra": 1})
        self.assertEqual(config, {"mode": "prod"})
        with patch.dict(os.environ, {"APP_ENV": "testing"}):
            self.assertEqual(os.environ["APP_ENV"], "testing")
        self.assertNotIn("APP_ENV", os.environ)

    def test_start_stop(self):
        patcher = patch("json.loads", return_value={"patched": True})
        fake = patcher.start()
        self.addCleanup(patcher.stop)
        self.assertEqual(json.loads("[]"), {"patched": True})
        fake.assert_called_once_with("[]")

    def test_after_stop(self):
        self.assertEqual(json.loads("[1]"), [1])

    @patch.object(Shop, "checkout", return_value="stubbed")
    def test_patch_method(self, fake_checkout):
        self.assertEqual(Shop(None, None).checkout("x", 1), "stubbed")


if __name__ == "__main__":
    unittest.main(verbosity=2)
