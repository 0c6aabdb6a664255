# Luhn checksum for card numbers and ISBN-10/13 validation.
def luhn(s):
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

for card in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "79927398710", "0", "059"]:
    print(card, luhn(card))

def isbn10(s):
    s = s.replace("-", "")
    if len(s) != 10:
        return False
    total = 0
    for i, c in enumerate(s):
        v = 10 if c in "Xx" and i == 9 else int(c) if c.isdigit() else None
        if v is None:
            return False
        total += (10 - i) * v
    return total % 11 == 0

def isbn13(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 13 and sum([v * (3 if i % 2 else 1) for i, v in enumerate(d)]) % 10 == 0

for s in ["3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "359821507X", "3-598-2K507-0"]:
    print(s, isbn10(s))
for s in ["978-0-306-40615-7", "978-0-306-40615-8", "9781861972712"]:
    print(s, isbn13(s))
