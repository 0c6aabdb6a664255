"""str.format / f-string / %-format heavy report generation: alignment, fill, sign, grouping,
precision, nested format specs, __format__ on user classes, datetime/Decimal/Fraction formats,
string.Formatter and Template (own version)."""
import string
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = f"{self.cents / 100:,.2f}"
        if spec.endswith("$"):
            text = "$" + text
            spec = spec[:-1]
        return format(text, spec)

    def __repr__(self):
        return f"Money({self.cents})"


ROWS = [(f"item-{i:03d}", (i * 7919) % 1000 - 300, (i * 104729) % 100000 / 7, i % 5 == 0) for i in range(60)]


def table(rows, width=12):
    head = "{:<{w}}|{:>{w}}|{:^{w}}|{:>8}".format("name", "qty", "price", "flag", w=width)
    lines = [head, "-" * len(head)]
    for name, qty, price, flag in rows:
        lines.append("{:<{w}}|{:>+{w}d}|{:^{w}.3f}|{!s:>8}".format(name, qty, price, flag, w=width))
    return lines


def main():
    for line in table(ROWS[:8]):
        print(line)
    total = sum(q for _, q, _, _ in ROWS)
    print(f"total={total:_} hex={total:#x} oct={total:#o} bin={total & 0xff:#010b} pct={total / 9999:.2%}")
    print(f"{'centered':*^30}|{'left':-<10}|{'right':.>10}|{3.14159:=+12.4f}|{-42:=8}")
    print(f"{1234567.891:,.2f} {1234567.891:_.3e} {0.000123:g} {1e20:g} {123456789:n} {1.5:%}")
    print(f"{12:c}{'x'!r:>5}{'é'!a} {[1, 2]!s:>10} {None!r}")
    print("%-10s|%5d|%8.3f|%x|%o|%e|%r|%%|%c" % ("abc", 42, 3.14159, 255, 8, 12345.678, "q", 65))
    print("%(name)s is %(age)03d years; %(score)+.1f" % {"name": "Ann", "age": 7, "score": 9.25})
    print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
    m = [Money(c) for c in (5, 123456, -99999, 100000000)]
    print([f"{x:>15$}" for x in m], f"{m[1]:<14}|", format(m[2], "^16"))
    d = date(2024, 2, 29)
    dt = datetime(2024, 12, 31, 23, 59, 58, 123456)
    print(f"{d:%Y/%m/%d %A %j} {dt:%H:%M:%S.%f %p %b} {dt + timedelta(seconds=3):%Y-%m-%d %H:%M:%S}")
    print(f"{Decimal('1234.5678'):.2f} {Decimal('-0.5'):+.3f} {Decimal('1e10'):,} {Fraction(22, 7):.5f} {Fraction(1, 3)}")
    fmt = string.Formatter()
    print(fmt.format("{0}-{1:>4}-{k!r}", "a", "b", k="c"), list(fmt.parse("x{0:>3}y{name!s}z")))
    t = string.Template("$who likes ${what}s; $$5")
    print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
    report = []
    for i, (name, qty, price, flag) in enumerate(ROWS):
        report.append("{idx:>3}. {name:<10s} {qty:>+6d} {price:>12,.2f} {flag}".format(
            idx=i, name=name, qty=qty, price=price, flag="*" if flag else " "))
        report.append(f"{name!r:<14}{qty * price:>16.4e}{qty:>#8x}")
    print(len(report), sum(len(r) for r in report), report[-1], report[17])
    print(format(255, "08b"), format(-3.5, "010.2f"), format("s", "^5"), format(True, "d"), format(2 ** 70, ","))
    for bad in ["{:d}".format, "{0:.2f}".format, "{:,s}".format]:
        try:
            bad("x")
        except ValueError as e:
            print("ValueError:", e)
    try:
        "{1}".format("only")
    except IndexError as e:
        print("IndexError:", e)
    try:
        "{a}".format(b=1)
    except KeyError as e:
        print("KeyError:", e)


main()
