"""Benchmarks Game regex-redux (regex-dna): strip headers/newlines with re.sub, count the
variant patterns with alternations and character classes, apply IUB substitutions, on a
generated fasta text (own version)."""
import re

IM, IA, IC = 139968, 3877, 29573


def gen_fasta(n):
    last = 42
    alphabet = "acgt"
    probs = [0.3, 0.5, 0.7, 1.0]
    lines = [">ONE test", "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAG",
             ">TWO random"]
    buf = []
    for i in range(n):
        last = (last * IA + IC) % IM
        r = last / IM
        for p, c in zip(probs, alphabet):
            if r < p:
                buf.append(c)
                break
        if len(buf) == 60:
            lines.append("".join(buf))
            buf = []
    if buf:
        lines.append("".join(buf))
    lines.append(">THREE tail")
    lines.append("aggtaaatttaccct" * 4)
    return "\n".join(lines) + "\n"


VARIANTS = (
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
)

SUBST = (
    ("tHa[Nt]", "<4>"),
    ("aND|caN|Ha[DS]|WaS", "<3>"),
    ("a[NSt]|BY", "<2>"),
    ("<[^>]*>", "|"),
    ("\\|[^|][^|]*\\|", "-"),
)


def main():
    seq = gen_fasta(30000)
    ilen = len(seq)
    seq = re.sub(">.*\n|\n", "", seq)
    clen = len(seq)
    for v in VARIANTS:
        print(v, len(re.findall(v, seq)))
    # the IUB code substitutions of regex-redux, on a text that contains the codes
    magic = ("tHaNt aNDcaN HaDS WaS aBY at " * 200) + seq[:3000]
    for pat, rep in SUBST:
        magic = re.sub(pat, rep, magic)
    print(len(magic), magic[:60])
    print()
    print(ilen)
    print(clen)
    counts = {c: seq.count(c) for c in "acgt"}
    print(counts, re.search("(gg)+t", seq).span(), len(re.split("aaaa+", seq)))
    rx = re.compile(r"(?P<run>([acgt])\2{5,})")
    runs = [m.group("run") for m in rx.finditer(seq)]
    print(len(runs), max(runs, key=len), sorted(set(r[0] for r in runs)))


main()
