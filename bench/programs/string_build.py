# String building: formatting records, += concatenation, join, split and replace over a
# growing text, checked with a simple hash of the result.
import sys


def build(n):
    parts = []
    line = ""
    for i in range(n):
        rec = f"{i:06d}|{i * 7 % 1000:>4}|" + "abcdefghij"[i % 10] * (i % 5 + 1)
        line += rec + ";"
        if len(line) > 200:
            parts.append(line.upper().replace("|", ","))
            line = ""
    parts.append(line)
    text = "\n".join(parts)
    words = text.split(";")
    h = 0
    for w in words:
        for part in w.split(","):
            h = (h * 31 + len(part)) % 1000000007
    return len(text), len(words), h


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
print(*build(n))
