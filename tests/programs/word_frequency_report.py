# Textbook exercise: word frequencies with dict methods, sorting by count then word, and formatting.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
table = str.maketrans("", "", ",.")
words = text.lower().translate(table).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w in counts)
for word, n in ranked[:8]:
    print(f"{word:<{width}} {n:>3} {'#' * n}")
print(len(words), len(counts), sum(counts.values()) == len(words))
longest = max(counts, key=lambda w: (len(w), w))
print(longest, counts.keys() - {"it", "was", "the", "of"} == {w for w in counts if w not in ("it", "was", "the", "of")})
