"""String-method heavy text processing: word frequency, wrapping/justification, case folding,
translate/maketrans, partition/rpartition, split/rsplit with limits, join, startswith tuples,
str.find/rfind/count/index, expandtabs, zfill, center, casefold, unicode normalization-free
checks, and a caesar/rot13 round trip (own version)."""
import textwrap
import codecs
from collections import Counter

TEXT = """In the beginning the Universe was created. This has made a lot of people very angry
and been widely regarded as a bad move.\tMany were increasingly of the opinion that they'd all
made a big mistake in coming down from the trees in the first place. And some said that even
the trees had been a bad move, and that no one should ever have left the oceans. Ünïcödé ẞtraße
ΑΒΓ αβγ — “quotes” and ‘apostrophes’ … done."""


def words(text):
    table = str.maketrans({c: " " for c in ".,;:!?\"'()—“”‘’…"})
    return text.translate(table).casefold().split()


def justify(text, width):
    out = []
    for para in text.split("\n\n"):
        lines = textwrap.wrap(" ".join(para.split()), width)
        for i, line in enumerate(lines):
            parts = line.split(" ")
            if i == len(lines) - 1 or len(parts) == 1:
                out.append(line.ljust(width) + "|")
                continue
            gaps = len(parts) - 1
            spaces = width - sum(map(len, parts))
            q, r = divmod(spaces, gaps)
            out.append("".join(p + " " * (q + (k < r)) for k, p in enumerate(parts[:-1])) + parts[-1] + "|")
    return out


def caesar(s, k):
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    t = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return s.translate(t)


def main():
    ws = words(TEXT)
    c = Counter(ws)
    print(len(ws), c.most_common(6))
    for line in justify(TEXT * 2, 48)[:8]:
        print(line)
    print(textwrap.fill(TEXT, 40, initial_indent="> ", subsequent_indent="  ")[:200])
    print(textwrap.shorten(TEXT, 60), textwrap.dedent("   a\n    b\n   c"), textwrap.indent("x\ny", "# "), sep="\n")
    s = TEXT.expandtabs(4)
    print(s.count("the"), s.find("trees"), s.rfind("trees"), s.index("angry"), s.find("zzz"), TEXT.count("\t"))
    print(s.partition("Universe"), "a=b=c".rpartition("="), "k:v:w".partition("?"))
    print("a,b,,c".split(","), "a b  c ".split(), "1-2-3-4".rsplit("-", 2), " x ".strip(), "xxhixx".strip("x"))
    print("ß".upper(), "ẞ".lower(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "Straße".casefold(), "ΣΑΣ".lower())
    print("hello world".title(), "hELLO".swapcase(), "abc".center(9, "*"), "42".zfill(6), "-42".zfill(6), "tab\there".expandtabs())
    print("Hello".startswith(("He", "x")), "file.tar.gz".endswith((".gz", ".zip")), "abc".isalpha(), "½".isnumeric(), "٣".isdigit(), "x1".isidentifier())
    r = caesar(TEXT[:80], 3)
    print(r, caesar(r, 23) == TEXT[:80], codecs.encode("Hello, World", "rot13"))
    big = " ".join(ws) * 30
    total = 0
    for w in set(ws):
        total += big.count(w) + len(big.replace(w, w.upper(), 2))
    print("total", total, len(big), big[:40].encode("utf-8"), TEXT[-30:].encode("ascii", "replace"), TEXT[-12:].encode("ascii", "xmlcharrefreplace"))
    print("|".join(f"{w[:3]:>4}" for w in sorted(set(ws), key=lambda w: (len(w), w))[:12]))


main()
