# The format-spec mini-language through format(), str.format and f-strings.
n = 1234567.891
i = -42
big = 2**70
print(format(n, ".2f"), format(n, ",.2f"), format(n, "_.3f"), format(n, "e"), format(n, ".3E"), format(n, "g"), format(n, ".10g"))
print(format(n, "15.2f") + "|", format(n, "<15.2f") + "|", format(n, "^15.1f") + "|", format(n, "*>20,.2f"))
print(format(i, "d"), format(i, "+d"), format(42, "+d"), format(42, " d"), format(i, "08d"), format(i, "=8d"), format(i, "x"), format(255, "#x"), format(255, "#X"), format(255, "#o"), format(255, "#b"), format(255, "08b"))
print(format(big, ","), format(big, "_x"), format(big, "e"), format(-big, ">40,"))
print(format(0.5, "%"), format(0.12345, ".1%"), format(1e-7, "g"), format(1e-7, "f"), format(123.0, "g"), format(1e20, "g"), format(1e16, ".17g"))
print(format("abc", ">6"), format("abc", "<6") + "|", format("abc", "^7"), format("abc", "*^8"), format("abcdef", ".3"), format("x", "=^9"))
print(format(3.0, ""), format(3.0, "n"), format(-0.0, "z.1f"), format(-0.0001, "z.2f"), format(-0.0001, ".2f"))
print(format(True, "d"), format(True, ""), format(False, ">6"), format(7, "c"), format(65, "c"))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{0}{1}{0}".format("ab", "cd"), "{x}-{y}".format(x=1, y=2), "{0[1]}{1[a]}".format([5, 6], {"a": 7}))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{!r:>8}".format("q"), "{{}}".format())
for v in (0, 1, -1, 12.5, -12.5, 1e100, float("inf"), float("nan")):
    print(f"{v:10.3g}|{v:+.2e}|{v:<8}|{v!r}")
for w in range(1, 8):
    print(f"{3.14159265:{w}.{w - 1}f}", f"{2**w:0{w}d}", f"{'z' * w:~^9}")
print(format(1234.5678, ",.2f"), format(-1234.5678, "+,.1f"), format(0.000123456, ".3g"), format(123456789, ".2e"))
print(format(1.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1.0, "#.0f"), format(12.0, "#g"))
print(format(10**25, "f") if False else format(1e25, "f"), format(1.23456789e-10, ".15f"))
