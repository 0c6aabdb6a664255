# str corner cases suites probe: unicode case mapping, split/strip with odd args, formatting widths, comparisons, iteration, encode round trips
s = "ǅungla İstanbul ﬀ ß Σίσυφος"
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize(), len(s.upper()))
print("ΣΑΣ".lower(), "aΣ".lower(), "ΑΣ Σ".lower(), "ﬁne".title(), "ǆ".title(), "ǉ".upper(), "ŉ".upper())
print("a\u0300".isalpha(), "٣".isdigit(), "٣".isdecimal(), "Ⅻ".isnumeric(), "½".isdigit(), "\u00a0".isspace(), "\x1c".isspace(), "a b".isidentifier(), "_1".isidentifier(), "١".isidentifier())
print(int("٣٤"), float("١.٥"), int("０x10", 0) if False else int("１２"), "\t".expandtabs(), "a\tbb\tccc\td".expandtabs(3))
print("x".join("abc"), "".join([]), " a  b ".split(" "), "a,b,".split(","), ",".split(","), "abc".split("abc"), "aaa".split("a", 1), "a b c".split(None, 0), "  a  ".split(None, 0))
print(" \t\n x \r\f\v".strip(), "xxaxx".strip("x"), "abcba".strip("ab"), "\u2003x\u2003".strip(), "0001".lstrip("0"), "".strip(), "ab".strip(""))
print("%5.1s|" % "abc", "%-5c|" % "x", "%c" % 0x1F600, "%.0f" % 0.5, "%.0f" % 1.5, "%e" % 0, "%g" % 1e-5, "%g" % 123456789, "%#x" % 0, "%#o" % 8, "%.3g" % 0.0001234)
print("{:.0%}".format(0.125), "{:g}".format(1e16), "{:g}".format(1.5e-5), "{:.1e}".format(9.96), "{:n}".format(1234), "{:#.3g}".format(1.0), "{:.3}".format(1.0), "{}".format(1e16))
print(sorted(["b", "B", "a", "A", "ä", "_", "1", " "]), "a" < "ä", "Z" < "a", chr(0x10FFFF) > "\uffff", max("ab", "b"), "abc" * 0 == "")
print(list("héllo"), [c for c in "ab"], list(reversed("abc")), "abc".__iter__().__next__(), list(enumerate("xy")), dict.fromkeys("aab"))
print("é".encode("utf-8").decode("latin-1"), "😀".encode("utf-8"), len("😀".encode("utf-8")), "😀".encode("utf-16-le") if False else "", b"\xf0\x9f\x98\x80".decode(), "\ud800".encode("utf-8", "surrogatepass") if False else "")
print(repr("\x07\x08\x0b\x0c\x1b\x7f\xa0\xad\u200b\u2028\ufeff"), ascii("\x07é\u2028😀"), repr("\\"), repr("'\""), str("multi\nline"))
print("abc".find("c", -1), "abc".find("a", -1), "abc"[-1:-4:-1], "abc"[5:1:-1], "abcdef"[::2], "abcdef"[-2::-2], "abc"[1:1], "abc"[2:0])
print("Hello".center(11, "*"), "Hello".ljust(2), "%s" % ["x"], "%r" % "x", "%s" % ("tuple",), "%d%%" % 50, "%(a)s%(a)s" % {"a": 1})
print("abc".partition(""), end=" ") if False else print("skip partition")
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "x".center(5, "")
except TypeError as e:
    print("TypeError", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError", e)
try:
    "{0:{1}}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{a.b}".format(a=1)
except AttributeError as e:
    print("AttributeError", e)
try:
    "{}".format
    "{!x}".format(1)
except ValueError as e:
    print("ValueError", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError", e)
try:
    "}".format()
except ValueError as e:
    print("ValueError", e)
print("{0!r:>{1}}".format("x", 5), "{:{}}".format("y", 3), "{[0]}".format("abc"), "{0[a]}".format({"a": 9}), "{:%Y}".format(__import__("datetime").date(2024, 1, 2)))
