# Word statistics over a small corpus with Counter and defaultdict.
from collections import Counter, defaultdict

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog and a lazy fox"""

words = TEXT.split()
counts = Counter(words)
print(counts.most_common(3))
print(counts['fox'], counts['cat'], counts.total(), len(counts))

by_letter = defaultdict(list)
for word in sorted(set(words)):
    by_letter[word[0]].append(word)
for letter, group in sorted(by_letter.items()):
    print(letter, group)

lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
line_counts = [Counter(line.split()) for line in TEXT.splitlines()]
print(line_counts[0] + line_counts[1])
print(line_counts[0] - line_counts[1])
print(line_counts[1] & line_counts[2])
print(line_counts[1] | line_counts[2])
common = line_counts[0].copy()
common.subtract(line_counts[2])
print(common)
print(+common, -common)
print(sorted(Counter('mississippi').elements()))
print(Counter(a=2, b=1) == Counter(b=1, a=2, c=0), Counter(a=1) < Counter(a=2, b=1))
graph = defaultdict(set)
for a, b in [('a', 'b'), ('b', 'c'), ('a', 'c'), ('c', 'a')]:
    graph[a].add(b)
    graph[b]
print({k: sorted(v) for k, v in graph.items()})
print(defaultdict(int, x=1), defaultdict(None))
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(e)
