import pickle, io, enum, hashlib
from dataclasses import dataclass
class Color(enum.Enum):
    RED = 1
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
class Slotted:
    __slots__ = ("p", "q")
    def __init__(self): self.p = 1
big = list(range(2500))
strs = [str(i) for i in range(300)]
rec = [1]; rec.append(rec)
t_l = []; tup = (t_l, 5); t_l.append(tup)
for proto in range(6):
    for v in (big, strs, rec, tup, Color.RED, S(3), ValueError("bad", 2), {"k": strs[:3] * 2}):
        try:
            s = pickle.dumps(v, proto)
        except TypeError as e:
            print(proto, type(v).__name__, "TypeError", e)
            continue
        b = pickle.loads(s)
        print(proto, type(v).__name__, len(s), hashlib.md5(s).hexdigest())
    b = pickle.loads(pickle.dumps(rec, proto)); print(b[1] is b)
    b = pickle.loads(pickle.dumps(tup, proto)); print(b[0][0] is b)
    print(pickle.loads(pickle.dumps(Color.RED, proto)) is Color.RED)
    if proto >= 2:
        print(pickle.loads(pickle.dumps(S(3), proto)))
    try:
        sl = pickle.loads(pickle.dumps(Slotted(), proto)); print(sl.p, hasattr(sl, "q"))
    except TypeError as e:
        print("TypeError", e)
    e = pickle.loads(pickle.dumps(ValueError("bad", 2), proto)); print(type(e).__name__, e.args)
f = io.BytesIO()
pickle.dump({"a": 1}, f); pickle.dump([2], f); f.seek(0)
print(pickle.load(f), pickle.load(f))
try: pickle.load(f)
except EOFError as e: print("EOFError", e)
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return "ref:" + obj if isinstance(obj, str) and obj.startswith("@") else None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return pid.upper()
f = io.BytesIO(); P(f, 2).dump(["@x", "y"]); print(f.getvalue()); f.seek(0); print(U(f).load())
try: pickle.dumps(1, 9)
except ValueError as e: print(e)
try: pickle.loads(b"\x80\x04\x95")
except Exception as e: print(type(e).__name__, e)
try: pickle.loads(b"")
except Exception as e: print(type(e).__name__, e)
try: pickle.loads(b"\xff")
except Exception as e: print(type(e).__name__, e)
print(pickle.loads(b"S'a\\nb'\np0\n."), pickle.loads(b"(S'x'\nI1\ndp0\n."))
