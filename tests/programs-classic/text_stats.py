# Word statistics over a small text: Counter, regular expressions, string methods, textwrap.
import re
from collections import Counter
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), "words,", len(counts), "distinct")
for word, n in counts.most_common(5):
    print(f"{word:>8} {n:3d} {'*' * n}")
print(sorted(w for w, n in counts.items() if n == 1))
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",")]
print(len(sentences), sentences[-1])
caps = re.findall(r"\b[A-Z]\w*", TEXT)
print(caps)
print(re.sub(r"\bof\b", "OF", TEXT.splitlines()[0]))
print(textwrap.fill(" ".join(words[:30]), width=40))
print(textwrap.shorten(TEXT, width=50))
print(textwrap.indent("a\nb\n", "> "), end="")
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print("vowels", vowels, "ratio", round(vowels / len(TEXT), 4))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "title case:", "the tale of two cities".title(), "|", "x".center(7, "-"))
table = str.maketrans("aeiou", "AEIOU")
print("it was the age of wisdom".translate(table))
c2 = Counter("abracadabra")
print(c2, c2 + Counter("aab"), c2 - Counter("aaaaab"), c2 & Counter("abc"))
print(list(c2.elements())[:8], c2.total())
