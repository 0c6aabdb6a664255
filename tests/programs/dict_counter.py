# Counting with dicts: most common, merging counters, character bigrams.
text = "she sells sea shells by the sea shore the shells she sells are sea shells"
words = text.split()
c = {}
for w in words:
    c[w] = c.get(w, 0) + 1
print(c)
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
bigrams = {}
for a, b in zip(text, text[1:]):
    if a != " " and b != " ":
        bigrams[a + b] = bigrams.get(a + b, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
c2 = {}
for w in "sea sea sky shells".split():
    c2[w] = c2.get(w, 0) + 1
merged = dict(c)
for k, v in c2.items():
    merged[k] = merged.get(k, 0) + v
print(merged)
print({k: v for k, v in merged.items() if v > 2}, sum(merged.values()), len(merged))
pairs = {}
for w1, w2 in zip(words, words[1:]):
    pairs.setdefault(w1, {})
    pairs[w1][w2] = pairs[w1].get(w2, 0) + 1
for w in sorted(pairs):
    print(w, pairs[w])
