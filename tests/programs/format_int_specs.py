# format() / f-string specs on ints, each spec used many times (pyx formats decimal specs it
# has seen before on a fast path): widths, fills (also non-BMP), alignments, signs, grouping,
# zero padding, values around 2**53, bools, int subclasses, and errors after a spec was cached.
values = [0, 1, -1, 7, -42, 999, 1000, -123456, 2**31, -(2**31) - 1, 2**53 - 1, 2**53, -(2**53),
          -(2**53) + 1, 2**64 + 5, -(10**30), 1234567890123]
specs = ["", "d", "5", "05", "06d", "-6", "+6", " 6", "+06", " 07d", "<6", ">6", "^7", "=8", "*^9",
         "0=10", "x>6", "\u20ac<5", "\U0001f600^6", "_>8", ",", "_d", "12,", "012,d", "+015_",
         "0<6", "-", "+", " ", "<", "1", "30", "=+12", "0>7", "#6d", "4"]
for v in values:
    row = []
    for spec in specs:
        row.append(format(v, spec))
    print(v, "|".join(row))
for v in values:
    print(f"{v:06d}|{v:>4}|{v:<5}|{v:^9}|{v:+}|{v:,}|{v:_}|{v:x>12}")
for b in (True, False):
    print(format(b, ""), format(b, "d"), format(b, "5"), format(b, "06d"), f"{b:>4}|{b:<4}")


class MyInt(int):
    pass


class Loud(int):
    def __format__(self, spec):
        return "Loud(" + spec + ")"


print(format(MyInt(-5), "06d"), f"{MyInt(12):>5}", format(Loud(3), "06d"), f"{Loud(4):>5}")
for spec in ["06d", ".2d", "z5d", "06s", "=^5c"]:
    for v in (5, -5):
        try:
            print(spec, repr(format(v, spec)))
        except (ValueError, TypeError, OverflowError) as e:
            print(spec, type(e).__name__, e)
total = 0
for i in range(-3000, 3000, 7):
    total += len(f"{i:06d}{i:>4}{i:+05}{i:^8}")
print(total)
