# Grouping anagrams by a sorted-letters key; dict insertion order matters.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog",
         "god", "odg", "inlets", "banana", "tinsel", "abc", "bca", "cab", "zzz"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, ws in groups.items():
    print(key, ws, len(ws))
print([ws for ws in groups.values() if len(ws) > 2])

def is_anagram(a, b):
    counts = {}
    for c in a:
        counts[c] = counts.get(c, 0) + 1
    for c in b:
        counts[c] = counts.get(c, 0) - 1
    return all([v == 0 for v in counts.values()])

for a, b in [("listen", "silent"), ("abc", "abd"), ("aab", "abb"), ("", ""), ("Dormitory".lower(), "dirtyroom")]:
    print(a, b, is_anagram(a, b), sorted(a) == sorted(b))
