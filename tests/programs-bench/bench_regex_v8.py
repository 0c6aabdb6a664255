"""regex_v8 / regex_effbot style workloads: many patterns over generated text, sub with callbacks,
named groups, lookarounds, backreferences, split, finditer spans, flags (own version)."""
import re

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
         "sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[x % len(WORDS)]
        k = x % 11
        if k == 0:
            out.append(f"{w}@{WORDS[(x >> 5) % len(WORDS)]}.example.com")
        elif k == 1:
            out.append(f"http://www.{w}.org/path/{i}?q={x % 1000}&r=1")
        elif k == 2:
            out.append(f"{x % 100000:,}")
        elif k == 3:
            out.append(f"({x % 1000:03d}) {x % 900 + 100}-{x % 9000 + 1000}")
        elif k == 4:
            out.append(w.upper())
        elif k == 5:
            out.append(f"2024-{x % 12 + 1:02d}-{x % 28 + 1:02d}")
        elif k == 6:
            out.append(w + w[-2:])
        else:
            out.append(w)
        if x % 13 == 0:
            out.append("\n")
    return " ".join(out)


EFFBOT = [
    r"Python|Perl", r"(Python|Perl)", r"(?:Python|Perl)", r"Python", r"\bPython\b",
    r"\w+@\w+\.\w+", r"[a-z]+ing\b", r"^\s*$", r"(\d+)-(\d+)", r"a.*?z", r"[^aeiou ]{4,}",
]


def main():
    text = make_text(4000)
    lines = text.split("\n")
    print(len(text), len(lines))
    emails = re.findall(r"\b([\w.]+)@([\w.]+)\.(com|org)\b", text)
    print("emails", len(emails), emails[:3])
    urls = [m.group("host") for m in re.finditer(r"https?://(?:www\.)?(?P<host>[\w-]+)\.org(?P<path>/[^\s?]*)?", text)]
    print("urls", len(urls), urls[:4])
    phones = re.compile(r"\((\d{3})\) (\d{3})-(\d{4})")
    print("phones", len(phones.findall(text)), phones.sub(r"\1.\2.\3", text[:400]).count("."))
    dates = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
    iso = [m.groupdict() for m in dates.finditer(text)][:2]
    print("dates", iso, dates.sub(lambda m: f"{m['d']}/{m['m']}/{m['y']}", "on 2024-03-07 and 2024-11-30"))
    nums = re.findall(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])", text)
    print("thousands", len(nums), nums[:5], sum(int(n.replace(",", "")) for n in nums))
    doubled = re.findall(r"\b(\w*?)(\w\w)\2\b", text)
    print("doubled", len(doubled), sorted(set(d[1] for d in doubled))[:6])
    upper = re.findall(r"\b[A-Z]{2,}\b", text)
    print("upper", len(upper), sorted(set(upper))[:4])
    counts = {}
    for p in EFFBOT:
        rx = re.compile(p, re.M)
        counts[p] = len(rx.findall(text))
    print(counts)
    print(re.split(r"[,;]\s*|\s+-\s+", "a, b;c - d,e ;  f"), re.split(r"(\d)", "a1b22c", maxsplit=2))
    print(re.sub(r"(?i)ALPHA", "A", "alpha Alpha ALPHA beta", count=2), re.subn(r"a", "", "banana"))
    print(re.fullmatch(r"[\w.]+@[\w.]+", "joe@x.org") is not None, re.match(r"\d+", "abc"))
    m = re.search(r"(?P<w>\w+)\s+(?P=w)", "this is is a test test")
    print(m.group(0), m.span(), m.start("w"), m.lastgroup, m.lastindex)
    print(re.escape("a.b*c?(d)"), re.findall(r"(?x) \d+  # digits\n | [a-z]+", "ab12cd3"))
    rx = re.compile(r"(?s)<(\w+)>(.*?)</\1>")
    print(rx.findall("<b>bold</b> <i>it\nalic</i> <u>x</b>"))
    total = 0
    for line in lines:
        total += len(re.sub(r"\s+", " ", line).strip())
        total += sum(1 for _ in re.finditer(r"[aeiou]{2}", line))
    print("total", total)
    try:
        re.compile(r"(unclosed")
    except re.error as e:
        print("re.error:", e)


main()
