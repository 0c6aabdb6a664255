# Loop idioms: enumerate with start, zip of unequal lengths, parallel iteration, index math.
names = ["ann", "bo", "cyd", "dee"]
scores = [90, 85, 77]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
for i, n in enumerate(names):
    if i % 2:
        continue
    print(i, n.upper())
rows = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        if r == c:
            print("diag", r, v)
print([a * b for a, b in zip(range(5), range(10, 0, -1))], list(zip("abc", range(10), [True] * 2)))
prev = None
for cur in [3, 3, 5, 5, 5, 2, 3]:
    if cur != prev:
        print("change to", cur)
    prev = cur
print(dict(enumerate("xyz")), list(enumerate([], 5)), [i for i, _ in enumerate(range(100, 110)) if i % 4 == 0])
