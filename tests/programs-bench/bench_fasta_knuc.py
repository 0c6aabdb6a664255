"""Benchmarks Game fasta, k-nucleotide and reverse-complement chained in memory (own version)."""
import bisect
from collections import Counter, defaultdict

IM, IA, IC = 139968, 3877, 29573
ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
       "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
       "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
       "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")
IUB = list(zip("acgtBDHKMNRSVWY", [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))
HOMO = [("a", 0.3029549426680), ("c", 0.1979883004921), ("g", 0.1975473066391), ("t", 0.3015094502008)]


class Rand:
    def __init__(self):
        self.last = 42

    def next(self, maxv):
        self.last = (self.last * IA + IC) % IM
        return maxv * self.last / IM


def cumulative(table):
    probs, chars, acc = [], [], 0.0
    for c, p in table:
        acc += p
        probs.append(acc)
        chars.append(c)
    return probs, chars


def repeat_fasta(src, n, width=60):
    out = []
    s = src * (n // len(src) + 2)
    pos = 0
    for i in range(0, n, width):
        k = min(width, n - i)
        out.append(s[pos:pos + k])
        pos = (pos + k) % len(src)
    return out


def random_fasta(table, n, rnd, width=60):
    probs, chars = cumulative(table)
    out = []
    for i in range(0, n, width):
        k = min(width, n - i)
        out.append("".join([chars[bisect.bisect_right(probs, rnd.next(1.0))] for _ in range(k)]))
    return out


def fasta(n):
    rnd = Rand()
    doc = [">ONE Homo sapiens alu"]
    doc += repeat_fasta(ALU, n * 2)
    doc.append(">TWO IUB ambiguity codes")
    doc += random_fasta(IUB, n * 3, rnd)
    doc.append(">THREE Homo sapiens frequency")
    doc += random_fasta(HOMO, n * 5, rnd)
    return "\n".join(doc) + "\n"


def read_section(text, name):
    lines = text.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith(">" + name))
    seq = []
    for l in lines[start + 1:]:
        if l.startswith(">"):
            break
        seq.append(l)
    return "".join(seq).upper()


def kfreq(seq, k):
    counts = defaultdict(int)
    for i in range(len(seq) - k + 1):
        counts[seq[i:i + k]] += 1
    return counts


def knucleotide(seq):
    for k in (1, 2):
        counts = kfreq(seq, k)
        total = sum(counts.values())
        for key, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{key} {100.0 * v / total:.3f}")
        print()
    for frag in ("GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"):
        print(f"{kfreq(seq, len(frag))[frag]}\t{frag}")


COMP = str.maketrans("ACGTUMRWSYKVHDBNacgtumrwsykvhdbn", "TGCAAKYWSRMBDHVNTGCAAKYWSRMBDHVN")


def revcomp(text):
    out = []
    for block in text.split(">")[1:]:
        header, _, body = block.partition("\n")
        seq = body.replace("\n", "").translate(COMP)[::-1]
        out.append(">" + header)
        out.extend(seq[i:i + 60] for i in range(0, len(seq), 60))
    return out


def main():
    text = fasta(2500)
    lines = text.splitlines()
    print(len(text), len(lines))
    for l in lines[:4] + lines[40:42] + lines[-3:]:
        print(l)
    seq = read_section(text, "THREE")
    knucleotide(seq)
    rc = revcomp(text)
    print(len(rc))
    for l in rc[:3] + rc[-2:]:
        print(l)
    c = Counter(read_section(text, "TWO"))
    print(sorted(c.most_common(5)))


main()
