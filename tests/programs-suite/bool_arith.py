# bool: arithmetic, bitwise ops, repr, conversion, as dict keys, subclass corner cases
t, f = True, False
print(t + t, t - f, t * 5, t / 2, t // 1, -t, ~int(t), ~int(f), +t, t ** 10, 7 % t, abs(-t), t << 3, t >> 1)
print(t & f, t | f, t ^ t, t & 1, t | 2, type(t & f), type(t & 1), type(t + 0), type(-t), type(~int(f)))
print(repr(t), str(f), int(t), float(t), complex(t), hash(t), hash(f), bool(), bool(0), bool(""), bool([0]), bool(0.0), bool(-0.0), bool(0j), bool(None))
print(t == 1, f == 0, t is True, t == 1.0, {1: "a", True: "b"}, {True: "x", 1.0: "y"}, {0, False, 0.0}, len({True, 1, 1.0}), [t, f].count(1), (0, 1).index(True))
print(sum([True, True, False]), max(True, 2), min(False, -1), sorted([True, False, 0, 1, -1]), True in [1], 1 in [True], "%d %s %r" % (t, t, f), f"{t} {t:d} {t:>6} {f!r}")
print(bool.__bases__, bool.__name__, isinstance(t, int), t.real, t.imag, t.numerator, t.denominator, t.bit_length(), t.conjugate(), t.as_integer_ratio(), t.to_bytes(1, "big"))
print(format(True), format(True, ""), format(False, "5"), format(True, "^7"), format(True, "b"), str(True).upper(), repr(bool))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError", e)
class L:
    def __len__(self): return 0
class BB:
    def __bool__(self): return 7
class BL:
    def __len__(self): return -1
class BN:
    def __len__(self): return 2**70
print(bool(L()), not L(), L() or "x", type(L() and "x").__name__)
for o in (BB(), BL(), BN()):
    try:
        print(bool(o))
    except Exception as e:
        print(type(e).__name__, e)
try:
    if BB(): pass
except TypeError as e:
    print("TypeError", e)
print(True + 0.5, True * 1j, True / True, divmod(True, True), pow(True, -1), round(True), True.__and__(False), True.__or__(1), True.__add__(True), True.__xor__(True))
print(not 1, not 0, not not [], 1 and 2, 0 and 2, 1 or 2, 0 or 0.0 or "", None or [] or {}, (1 and 0) or "z")
print(t.__class__, f.__class__ is bool, bool is type(t), type(True)(5), id(bool(1)) == id(True), True.__eq__(1), True.__hash__() , (1).__eq__(True), 2 > True > False)
