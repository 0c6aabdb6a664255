# int <-> str: str() and repr of huge ints, the digit limit, int() of odd strings, bases 2..36
import sys
print(sys.get_int_max_str_digits(), sys.int_info.bits_per_digit > 0, sys.int_info.default_max_str_digits, sys.maxsize)
print(str(2**200), repr(-3**100))
for base in range(2, 37):
    print(base, int("1" * 5, base), int("10", base), int(("z" if base == 36 else "1") * 3, base))
for s in ["0", "-0", " -12 ", "\t7\n", "0_0", "1_2_3", "+1_0", "٣", "１２", "0b1_0"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["0x1F", "0X1f", "0o7", "0O7", "0b1", "0B1", "1e3", "0xg", "0o8", "0b2", "- 1", "--1", "1 0"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s, b in [("0x10", 16), ("0o10", 8), ("0b10", 2), ("0x10", 0), ("10", 0), ("0x10", 10)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "ValueError", e)
class I:
    def __index__(self): return 9
class T:
    def __trunc__(self): return 4
class N:
    def __int__(self): return 6
print(int(N()), int("7", base=I()), hex(I()), bin(I()), oct(I()), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10][I()], range(20)[I()])
class Bad:
    def __int__(self): return "x"
try:
    int(Bad())
except TypeError as e:
    print(e)
class BadI:
    def __index__(self): return 1.5
try:
    hex(BadI())
except TypeError as e:
    print(e)
print(int("9" * 50), len(str(7**500)), str(-10**40)[:10])
try:
    sys.set_int_max_str_digits(100)
    int("1" * 101)
except ValueError as e:
    print(e)
try:
    str(10**150)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
print(int("-" + "1" * 30) + 1, 0x7fffffffffffffff + 1, -0x8000000000000000 - 1)
print(f"{2**64:x}", f"{-2**64:#x}", f"{2**64:,d}", f"{2**64:>30}", f"{2**70:e}", f"{2**70:.3g}", float(2**70), "%d %5d %-5d| %05d %x %X %o %+d" % (3, 4, 5, -6, 255, 255, 8, 9))
print("%i %u %c %r %a %s %%" % (1, 2, 66, "é", "é", [1]))
for fmt, v in [("%d", 3.7), ("%x", 3.0), ("%c", "ab"), ("%d", "1"), ("%c", 0x110000), ("%*d", (5, 3)), ("%.*f", (2, 3.14159)), ("%(a)s %(b)d", {"a": 1, "b": 2}), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(repr(fmt % v))
    except Exception as e:
        print(fmt, type(e).__name__, e)
