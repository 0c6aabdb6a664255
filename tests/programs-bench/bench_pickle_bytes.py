import pickle
from collections import OrderedDict, namedtuple, defaultdict
Pt = namedtuple("Pt", "x y")
class A:
    def __init__(self): self.x = 1
vals = [None, True, 1, -1, 300, 70000, 2**40, -2**100, 2.5, "ab", "a\\b\nc\u00e9\U0001F600", b"xy", b"", (), (1,), (1, 2, 3, 4),
        [], [1], [1, "a", (1,)], {}, {"a": 1}, {"a": [1], "b": (1, 2)}, {1, 2}, frozenset([3]), frozenset(),
        OrderedDict(a=1), Pt(1, 2), 1+2j, bytearray(b"ab"), A(), len, range(3), defaultdict(list, {"a": [1]})]
for proto in range(6):
    for v in vals:
        try:
            s = pickle.dumps(v, proto)
            print(proto, repr(v)[:30] if not isinstance(v, A) else "A", s, (lambda b: b == v or (type(b).__name__, getattr(b, "__dict__", b)))(pickle.loads(s)))
        except Exception as e:
            print(proto, "ERR", type(e).__name__, e)
