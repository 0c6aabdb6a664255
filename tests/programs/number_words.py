# Spelling numbers in English words.
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for value, name in SCALES:
        if n >= value:
            rest = n % value
            return words(n // value) + " " + name + ((", " if rest >= 100 else " and ") + words(rest) if rest else "")
    return "?"

for n in (0, 7, 13, 20, 42, 99, 100, 101, 342, 999, 1000, 1001, 12345, 1000000, 123456789, -45, 2**40):
    print(n, words(n))
letters = sum([len(words(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001)])
print(letters)
