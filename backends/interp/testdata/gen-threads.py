# Regenerates backends/interp/testdata/threads.json: what CPython 3.13 returns (repr) for the
# Python functions that threads.test.ts runs on two workers at once.
# Run: /root/.pyenv/versions/3.13.0/bin/python3.13 backends/interp/testdata/gen-threads.py
import json, os

SOURCE = '''
def build(seed, n):
    m = 1 << 31
    d = {}
    xs = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % m
        xs.append((seed % 1000, str(seed)[-3:]))
        d[seed % 97] = d.get(seed % 97, 0) + 1
    xs.sort()
    big = 1
    for a, _ in xs[:40]:
        big = big * (a + 1)
    return [sum([a for a, _ in xs]), len(d), xs[:3], sorted(d.items())[:3], "".join([s for _, s in xs[:5]]), big % 1000003, 0.5 * n]

def words(seed, n):
    text = []
    for i in range(n):
        seed = (seed * 69069 + 1) % (1 << 32)
        text.append("abcdefghij"[seed % 10] * (1 + seed % 3))
    counts = {}
    for w in text:
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4], len(" ".join(text))
'''

CALLS = [["build", [1, 2000]], ["words", [7, 3000]], ["build", [99, 150]], ["words", [5, 200]]]
ns = {}
exec(SOURCE, ns)
out = {"source": SOURCE, "calls": [{"func": f, "args": a, "repr": repr(ns[f](*a))} for f, a in CALLS]}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "threads.json")
with open(path, "w") as fh:
    json.dump(out, fh, indent=1)
    fh.write("\n")
print(f"{len(CALLS)} calls -> {path}")
