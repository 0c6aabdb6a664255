import re
m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.start(), m.end(), m.span(2), m.string, m.lastindex)
print(re.match(r"\d", "a1"), re.match(r"a(b)?", "ac").groups(), re.match(r"a(b)?", "ac").groups("-"))
m = re.fullmatch(r"(?P<key>\w+)=(?P<val>\w*)", "name=pyx")
print(m.group("key"), m.groupdict(), m.span("val"), re.fullmatch(r"\w+", "ab c"))
print(re.findall(r"\b\w", "the quick brown fox"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"o(x)?", "foo ox"))
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.subn("a", "A", "banana", count=2))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3", maxsplit=1), re.split(r"x*", "axbc"))
print(re.escape("a.b*c"), re.findall("ab", "AbaB", re.IGNORECASE), re.findall("^x", "x\nx", re.M), int(re.I), int(re.MULTILINE | re.DOTALL))
print([m.group() for m in re.finditer(r"\d+", "a12b345c6")], [m.span() for m in re.finditer("é", "éaé")])
print(re.findall(rb"\d+", b"a1b22"), re.sub(b"a", b"-", b"banana"))
try:
    re.search("(", "x")
except re.error as e:
    print("re.error:", e)
try:
    m = re.match("(a)", "a")
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
