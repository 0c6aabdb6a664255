# float formatting sweep: repr, %-formats and format specs over values spanning the exponent range (a fixed LCG, no random module)
state = 12345
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 1e-5, 9.999999e-5, 1e16, 9.5, 0.05, 0.15, 0.25, 0.35, 1.0005, 123.456, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]
for i in range(40):
    m = nxt() / 2**64
    e = (nxt() % 80) - 40
    vals.append(m * 10.0 ** e * (-1 if nxt() % 2 else 1))
for v in vals:
    print(repr(v), str(v), "%g" % v, "%.3g" % v, "%e" % v, "%.0e" % v, "%.2f" % v, "%10.4f" % v, "%.17g" % v)
    print(format(v, ""), format(v, ".1f"), format(v, ".12g"), format(v, "+.4e"), format(v, ",.3f"), format(v, ".2%"), format(v, "g"), format(v, "#g"), format(v, ".0f"), round(v, 3), round(v, -2))
for n in [0, 1, -1, 7, 10**15 + 1, 2**53 + 1, 10**22, 10**23]:
    x = float(n)
    print(repr(x), "%d" % x if abs(x) < 1e300 else "", format(x, ".0f"), format(x, "e"), x.hex(), x.as_integer_ratio(), x.is_integer())
