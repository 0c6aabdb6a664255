# Container protocols: __len__, __getitem__/__setitem__/__delitem__, __contains__, __iter__, __bool__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        return self.cells.get((x, y), ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        return key in self.cells
    def __iter__(self):
        for y in range(self.h):
            yield_row = []
            for x in range(self.w):
                yield_row.append(self[x, y])
            self.rows = getattr(self, "rows", 0) + 1
        return iter(sorted(self.cells))
    def __bool__(self):
        return bool(self.cells)

g = Grid(3, 2)
print(bool(g), len(g))
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], (2, 1) in g, (1, 1) in g, len(g), bool(g))
print(list(g), [k for k in g])
del g[0, 0]
print(len(g), list(g))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)), sum(Countdown(3)), max(Countdown(5)), 3 in Countdown(5))
print(dict(zip("abc", Countdown(3))), list(enumerate(Countdown(2))))
a, b = Countdown(2)
print(a, b)

class Seq:
    def __len__(self):
        return 3

print(len(Seq()), bool(Seq()))
class Bad:
    def __len__(self):
        return -1
len(Bad())
