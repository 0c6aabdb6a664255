# Run once by scripts/bundle.mjs after bundling, so that V8's code cache of dist/pyx.cjs
# holds the interpreter's common paths: a little of everything a typical program does.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def squares(n):
    for i in range(n):
        yield i * i


words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
try:
    {}["missing"]
except KeyError as e:
    error = repr(e)
total = sum(squares(100)) + fib(15) + len({w.upper() for w in words}) + int(3.5 * 2)
text = "%s %d %.3f" % ("x", 2**70 // 3, 1 / 7)
assert Point(1, 2).x == 1 and sorted(counts)[0] == "brown" and error and total and text
