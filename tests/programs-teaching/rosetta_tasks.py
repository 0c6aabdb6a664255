# Rosetta Code tasks, one function each, written the way the site's Python entries read
import string
from collections import Counter, defaultdict
from itertools import groupby, cycle, islice


def hundred_doors():
    doors = [False] * 101
    for step in range(1, 101):
        for d in range(step, 101, step):
            doors[d] = not doors[d]
    return [i for i in range(1, 101) if doors[i]]


def caesar(text, key):
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[key:] + lower[:key] + upper[key:] + upper[:key])
    return text.translate(table)


def rot13(text):
    return caesar(text, 13)


def look_and_say(seed, n):
    out = [seed]
    for _ in range(n - 1):
        seed = "".join(f"{len(list(g))}{k}" for k, g in groupby(seed))
        out.append(seed)
    return out


def rle_encode(text):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(text))


def rle_decode(text):
    out, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def luhn(number):
    digits = [int(d) for d in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def isbn13(code):
    digits = [int(c) for c in code if c.isdigit()]
    return sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10 == 0


def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def perfect_numbers(limit):
    return [n for n in range(2, limit) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def digital_root(n, base=10):
    persistence = 0
    while n >= base:
        n = sum(int(d, base) for d in (format(n, "x") if base == 16 else str(n)))
        persistence += 1
    return persistence, n


def ethiopian(a, b):
    rows = []
    total = 0
    while a >= 1:
        keep = a % 2 == 1
        rows.append(f"{a:>6} {b:>8} {'KEPT' if keep else 'STRUCK'}")
        if keep:
            total += b
        a //= 2
        b *= 2
    return rows, total


def n_queens(n):
    solutions = []

    def place(row, cols):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1, cols)
                cols.pop()
    place(0, [])
    return solutions


def anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))


def narcissistic(count):
    out = []
    n = 0
    while len(out) < count:
        s = str(n)
        if sum(int(d) ** len(s) for d in s) == n:
            out.append(n)
        n += 1
    return out


def fizzbuzz_line(n):
    return " ".join("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1))


def kaprekar(limit):
    out = []
    for n in range(1, limit):
        sq = str(n * n)
        for i in range(len(sq)):
            a, b = int(sq[:i] or 0), int(sq[i:])
            if b and a + b == n:
                out.append(n)
                break
    return out


def bulls_and_cows(secret, guess):
    bulls = sum(s == g for s, g in zip(secret, guess))
    cows = sum((Counter(secret) & Counter(guess)).values()) - bulls
    return bulls, cows


def vigenere(text, key, decrypt=False):
    out = []
    for ch, k in zip((c for c in text.upper() if c.isalpha()), cycle(key.upper())):
        shift = ord(k) - 65
        if decrypt:
            shift = -shift
        out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
    return "".join(out)


def balanced_brackets(s):
    depth = 0
    for ch in s:
        depth += 1 if ch == "[" else -1
        if depth < 0:
            return False
    return depth == 0


def roman_decode(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def binary_digits(n):
    return format(n, "b")


def harshad(count, start=1):
    return list(islice((n for n in range(start, 10 ** 6) if n % sum(map(int, str(n))) == 0), count))


def sum_of_digits(n, base):
    total = 0
    while n:
        n, r = divmod(n, base)
        total += r
    return total


print("100 doors:", hundred_doors())
print(caesar("The quick brown fox Jumped over the lazy Dog", 11))
print(caesar(caesar("The quick brown fox", 11), 26 - 11))
print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
for line in look_and_say("1", 8):
    print(line)
enc = rle_encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(enc, rle_decode(enc) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
for n in (49927398716, 49927398717, 1234567812345678, 1234567812345670):
    print(n, luhn(n))
for code in ("978-1734314502", "978-1734314509", "978-1788399081", "978-1788399083"):
    print(code, "good" if isbn13(code) else "bad")
print("happy:", [n for n in range(1, 50) if happy(n)][:8])
print("perfect:", perfect_numbers(10000))
print("ackermann:", [[ackermann(m, n) for n in range(5)] for m in range(3)], ackermann(3, 3))
for n in (627615, 39390, 588225, 393900588225):
    print(n, "persistence %d, root %d" % digital_root(n))
rows, total = ethiopian(17, 34)
print("\n".join(rows))
print("total", total)
sols = n_queens(6)
print(len(sols), "solutions for 6 queens; first:", sols[0])
for row in sols[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
print("8 queens:", len(n_queens(8)))
print(anagrams(["listen", "silent", "enlist", "google", "elgoog", "cat", "act", "tac", "dog", "inlets"]))
print("narcissistic:", narcissistic(15))
print(fizzbuzz_line(20))
print("kaprekar:", kaprekar(1000))
print(bulls_and_cows("1234", "1342"), bulls_and_cows("5678", "1234"), bulls_and_cows("1234", "1234"))
secret = vigenere("Beware the Jabberwock, my son!", "VIGENERECIPHER")
print(secret, vigenere(secret, "VIGENERECIPHER", decrypt=True))
for s in ("", "[]", "][", "[][]", "[[][]]", "[]][[]", "[[[]"):
    print(f"{s!r:10} {'OK' if balanced_brackets(s) else 'NOT OK'}")
print([roman_decode(r) for r in ("MCMXC", "MMVIII", "MDCLXVI", "IV", "XLII")])
print([binary_digits(n) for n in (5, 50, 9000)])
print("harshad:", harshad(20), harshad(1, 1001))
print(sum_of_digits(1, 10), sum_of_digits(1234, 10), sum_of_digits(0xfe, 16), sum_of_digits(0xf0e, 16))
