# The builtin types that match one positional sub-pattern with the subject itself:
# bool, bytes, dict, float, frozenset, int, list, set, str, tuple
# (bytearray: bytearray_patterns.py).
def t(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case list(l):
            return f"list {l}"
        case tuple(tp):
            return f"tuple {tp}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(st):
            return f"set {sorted(st)}"
        case complex():
            return "complex"
    return "other"


for v in [True, False, -3, 7, 2.5, "s", b"b", [1, 2], [], (1,), {"k": 1},
          {"j": 2}, frozenset({2, 1}), {3, 1}, 1j, None, range(2)]:
    print(repr(v), "->", t(v))

match 5:
    case int(real=r, imag=i):
        print("int attributes", r, i)
match "abc":
    case str(upper=u):
        print("bound method attribute", u())
