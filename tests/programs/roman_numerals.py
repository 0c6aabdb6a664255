# Roman numerals both ways, round-tripped over 1..3999.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    out = []
    for v, s in VALUES:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)

SYM = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = SYM[ch]
        if i + 1 < len(s) and SYM[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666):
    print(n, to_roman(n), from_roman(to_roman(n)))
print(all([from_roman(to_roman(n)) == n for n in range(1, 4000)]))
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), to_roman(3888))
print(sum([len(to_roman(n)) for n in range(1, 4000)]))
