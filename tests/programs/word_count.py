# Word frequency counting with a dict, sorted by count then word.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair."""
counts = {}
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    counts[word] = counts.get(word, 0) + 1
print(len(counts))
print(counts)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>12} {n:3d} {'*' * n}")
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items()))
print(max(letters, key=lambda c: letters[c]), min(letters, key=lambda c: letters[c]))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
