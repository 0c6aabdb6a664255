# format-spec mini-language across str/int/float, str.format fields, f-string conversions and nesting
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for spec in ["", "<8", ">8", "^8", "*^9", "08", "+", "-", " ", "#x", "#o", "#b", "x", "X", "c", "d", "n", ",", "_", "_x", "+08,", "e", ".3", "=+10"]:
    try:
        r = format(1234, spec)
    except ValueError as e:
        r = "ValueError: " + str(e)
    print(repr(spec), repr(r))
for spec in ["", ".2f", "10.3e", "<10.1%", "g", ".0f", "+.2e", ",.2f", "_.3f", "012.4f", "^12", "=12.2f", "#.0f", ".3g", "G", "E", "n", ".10g", "%"]:
    print(repr(spec), repr(format(-1234.5678, spec)), repr(format(0.000123, spec)))
for spec in ["", "<6", ">6", "^7", "*>5", ".2", "<6.1", "s", "x^9"]:
    print(repr(spec), repr(format("abc", spec)))
show(lambda: format("abc", "d"))
show(lambda: format("abc", "+"))
show(lambda: format("abc", "="))
show(lambda: format(1.5, "c"))
show(lambda: format(12, ".2d"))
show(lambda: format(12, "zz"))
show(lambda: format(3, "=^5,d"))
print("{0}{1}{0}".format("ab", "cd"), "{} {}".format(1, 2), "{a}-{b}".format(a=1, b=2), "{0[1]}{0[0]}".format("xy"), "{0.real}".format(3j), "{:{}{}}".format(5, ">", 4), "{!r:>6}".format("q"), "{{}}{}".format(1))
print("{0:>{1}}|{0:<{1}}|".format("z", 4), "{:.{prec}f}".format(3.14159, prec=2), "{d[key]}".format(d={"key": 5}), "{0!s}{0!r}{0!a}".format("é"), "{:%Y}".format(__import__("datetime").date(2024, 1, 2)))
x, w, name = 3.14159, 10, "pi"
print(f"{name!r:>{w}}", f"{x:{w}.{2}f}", f"{x=:.2f}", f"{'nested' + f'{1 + 1}'}", f"{x:+.1e}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{3 if x > 3 else 4}", f"{(lambda v: v * 2)(4)}")
print(f"{'a':>3}{'b':<3}{'c':^3}|", f"{1_000_000:,}", f"{255:#06x}", f"{-7:03}", f"{7:+}", f"{'x'!a}", f"{'\\n'!r}", f"{10:b}", f"{1e-9:.2g}", f"{float('inf'):>6}", f"{True:>5}", f"{None!s:>5}")
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "usd": return f"${self.v:.2f}"
        return format(self.v, spec)
    def __str__(self): return f"M{self.v}"
    def __repr__(self): return "Money(...)"
m = Money(3.5)
print(f"{m:usd}", f"{m}", f"{m!s}", f"{m!r}", f"{m:>8}", "{:usd}".format(m), format(m, ".1f"))
show(lambda: "{".format())
show(lambda: "{0".format(1))
show(lambda: "{0]}".format(1))
show(lambda: "{:x}".format("s"))
show(lambda: "{0:{1}{2}}".format(1, 2))
show(lambda: "{a.b.c}".format(a=1))
show(lambda: "{0[}".format([1]))
show(lambda: "{!}".format(1))
print("%-10s|%+5d|%05.1f|%x|%o|%e|%c|%%|%r" % ("left", 42, 3.14159, 255, 8, 12345.678, 65, "s"), "%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%5.2s|" % "abcdef", "%.0f %.0f" % (0.5, 1.5))
