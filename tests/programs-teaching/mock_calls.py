# unittest.mock outside a test runner: what calls are recorded, how call objects compare and print, the assert_* messages
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, patch
m = Mock()
m.a.b(1, x=2)
m(3)
r = m.method("q")
r.chain(4)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args, m.call_args_list, m.a.b.call_args, m.a.b.call_args.args, m.a.b.call_args.kwargs)
print(m.method.mock_calls, m.method.return_value.chain.call_args)
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1), m.a.b.call_args == ((1,), {"x": 2}), call(1, ANY) == call(1, "zz"))
print(m.a.b.call_args == call(1, x=2), m.mock_calls[0] == call.a.b(1, x=2), call.a.b(1) in m.mock_calls)
mm = MagicMock()
len(mm); mm[3]; mm.x.y = 5
print(mm.mock_calls, mm.x.y, mm.__len__.call_count)
for err in (lambda: m.assert_called_once_with(9), lambda: m.a.b.assert_called_once_with(1), lambda: m.a.b.assert_any_call(7),
            lambda: m.assert_has_calls([call(3), call(4)]), lambda: m.assert_has_calls([call(5)], any_order=True), lambda: m.method.assert_not_called(),
            lambda: Mock().assert_called(), lambda: m.a.b.assert_called_with(1, x=3)):
    try:
        err()
        print("passed")
    except AssertionError as e:
        print("AssertionError:", e)
m2 = Mock(side_effect=[1, 2])
print(m2(), m2())
try:
    m2()
except StopIteration as e:
    print("StopIteration", repr(e))
w = Mock(wraps=lambda x: x * 10)
print(w(4), w.call_count)
