# Automate-the-Boring-Stuff style text processing: write a file, read it back, count and search it
import os
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.
Call 415-555-1011 or 415-555-9999 ext 12; email info@example.com or Sales.Team@Example.org.
Meeting on 2024-03-15 and 03/16/2024 at 10:30.
"""

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "tale.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(TEXT)
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), "lines,", sum(len(l.split()) for l in lines), "words,", sum(len(l) for l in lines), "characters")
    words = re.findall(r"[a-z']+", Path(path).read_text(encoding="utf-8").lower())
    counts = Counter(words)
    print(counts.most_common(6))
    for word, n in counts.most_common(4):
        print(f"{word:<8}{'#' * n} {n}")
    print(sorted(w for w, n in counts.items() if n == 1)[:10])
    by_length = defaultdict(list)
    for w in sorted(set(words)):
        by_length[len(w)].append(w)
    for n in sorted(by_length)[:5]:
        print(n, by_length[n])
    phone = re.compile(r"(\d{3})-(\d{3})-(\d{4})(?:\s+ext\s+(\d+))?")
    for m in phone.finditer(TEXT):
        print(m.group(), m.groups(), m.span())
    email = re.compile(r"[\w.+-]+@[\w-]+\.[a-zA-Z]{2,}")
    print(email.findall(TEXT), [e.lower() for e in email.findall(TEXT)])
    dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})|(\d{2})/(\d{2})/(\d{4})", TEXT)
    print(dates)
    print(re.sub(r"\d{3}-\d{3}-(\d{4})", r"***-***-\1", TEXT.splitlines()[5]))
    print(re.split(r",\s*", lines[0].strip()), re.search(r"age of (\w+)", TEXT).group(1))
    caps = re.compile(r"\b[A-Z][a-z]+\b")
    print(caps.findall(TEXT), len(caps.findall(TEXT)))
    out = Path(tmp) / "report.txt"
    with out.open("w") as f:
        for i, line in enumerate(lines[:5], 1):
            f.write(f"{i:03d}: {line.rstrip().upper()}\n")
    print(out.read_text(), end="")
    print(out.stat().st_size, out.suffix, out.stem, out.name, out.parent == Path(tmp))
    (Path(tmp) / "notes").mkdir()
    for name in ("a.txt", "b.md", "c.txt"):
        (Path(tmp) / "notes" / name).write_text(name * 3)
    print(sorted(p.name for p in (Path(tmp) / "notes").glob("*.txt")), sorted(p.name for p in Path(tmp).rglob("*") if p.is_file()))
    with open(path, encoding="utf-8") as f:
        longest = max(f, key=len)
    print(repr(longest.strip()), len(longest))
    with open(path, "a", encoding="utf-8") as f:
        f.write("THE END\n")
    with open(path, encoding="utf-8") as f:
        print(f.read().splitlines()[-2:])
    with open(path, "rb") as f:
        data = f.read()
    print(len(data), data[:20], data.count(b"\n"))
    vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
    print(sorted(vowels.items()), vowels.total(), (vowels + Counter(a=1))["a"], (vowels - Counter(e=100))["e"])
    letter_freq = Counter(c for c in TEXT.lower() if c.isalpha())
    for letter, n in sorted(letter_freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print(f"{letter}: {n:3d} {n / letter_freq.total():6.2%}")
