# str methods: casefold, expandtabs, removeprefix/suffix, format_map, isidentifier, partition, translate.
s = "Straße Über"
print(s.casefold(), s.lower(), s.upper(), s.swapcase(), "ǅ".istitle())
print("a\tbb\tccc".expandtabs(), "a\tbb\tccc".expandtabs(4), "x\ty\n\tz".expandtabs(2))
print("unittest_case".removeprefix("unit"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("x"))
print("{name} is {age}".format_map({"name": "Ada", "age": 36}))
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a}-{b}".format_map(Defaults(a=1)))
print([w.isidentifier() for w in ["x", "_y1", "1z", "class", "ñame", "a-b", ""]])
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello operator".translate(table), "abc".translate({97: 65, 98: "BB"}), str.maketrans("ab", "xy"))
print("Hello World".center(21, "-"), "7".rjust(3, "0"), "title case words".title(), "  lead".lstrip(), "trail  ".rstrip() + "|")
print("a,b;c d".replace(",", " ").replace(";", " ").split(), "one two three".split(" ", 1), "x".join("abc"))
print("Mississippi".count("ss"), "Mississippi".find("ss", 4), "Mississippi".rfind("i"), "Mississippi".index("pp"))
print("abc".zfill(6), "+7".zfill(4), "12".isdigit(), "½".isnumeric(), "٣".isdecimal(), "ab cd".isalpha(), "Ab".isupper())
