"""A hexiom-like puzzle solver (own version): place numbered tiles on a hexagonal board so each
tile's number equals its count of occupied neighbours; constraint propagation over per-cell
candidate sets plus depth-first search, with deterministic output."""
from itertools import product


def hex_cells(size):
    # axial coordinates (q, r) of a hexagon with `size` cells per side
    n = size - 1
    return [(q, r) for q in range(-n, n + 1) for r in range(-n, n + 1) if abs(q + r) <= n]


DIRS = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)]


class Board:
    def __init__(self, size):
        self.cells = hex_cells(size)
        self.index = {c: i for i, c in enumerate(self.cells)}
        self.nbrs = [[self.index[(q + dq, r + dr)] for dq, dr in DIRS if (q + dq, r + dr) in self.index]
                     for q, r in self.cells]

    def render(self, values):
        rows = {}
        for (q, r), v in zip(self.cells, values):
            rows.setdefault(r, []).append((q, "." if v is None else str(v)))
        lines = []
        n = max(rows)
        for r in sorted(rows):
            cells = [t for _, t in sorted(rows[r])]
            lines.append(" " * abs(r) + " ".join(cells))
        return "\n".join(lines)


def make_puzzle(board, seed):
    # occupy a pseudo-random subset and record each occupied cell's neighbour count
    x = seed
    occupied = []
    for i in range(len(board.cells)):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        occupied.append(x % 100 < 55)
    tiles = sorted(sum(occupied[j] for j in board.nbrs[i]) for i in range(len(board.cells)) if occupied[i])
    return tiles, occupied


def solve(board, tiles, limit=2500):
    n = len(board.cells)
    counts = {}
    for t in tiles:
        counts[t] = counts.get(t, 0) + 1
    empties = n - len(tiles)
    values = [None] * n  # None: undecided, -1: empty, k: tile k
    stats = {"nodes": 0}
    order = sorted(range(n), key=lambda i: -len(board.nbrs[i]))

    def consistent(i):
        # every decided tile around (and at) i must still be able to reach its number
        for j in [i] + board.nbrs[i]:
            v = values[j]
            if v is None or v < 0:
                continue
            filled = sum(1 for k in board.nbrs[j] if values[k] is not None and values[k] >= 0)
            open_ = sum(1 for k in board.nbrs[j] if values[k] is None)
            if filled > v or filled + open_ < v:
                return False
        return True

    def search(pos, empties_left):
        stats["nodes"] += 1
        if stats["nodes"] > limit:
            raise RuntimeError("search limit")
        if pos == n:
            return True
        i = order[pos]
        options = sorted(k for k, c in counts.items() if c > 0)
        if empties_left:
            options.append(-1)
        for v in options:
            values[i] = v
            if v >= 0:
                counts[v] -= 1
            if consistent(i) and search(pos + 1, empties_left - (v < 0)):
                return True
            if v >= 0:
                counts[v] += 1
            values[i] = None
        return False

    ok = search(0, empties)
    return ok, values, stats["nodes"]


def verify(board, values):
    for i, v in enumerate(values):
        if v is not None and v >= 0:
            if sum(1 for j in board.nbrs[i] if values[j] >= 0) != v:
                return False
    return True


def main():
    for size, seed in ((2, 7), (3, 11), (3, 3), (3, 9), (3, 4)):
        board = Board(size)
        tiles, occupied = make_puzzle(board, seed)
        print(f"size {size} seed {seed}: {len(board.cells)} cells, tiles {tiles}")
        try:
            ok, values, nodes = solve(board, tiles)
        except RuntimeError as e:
            print("  gave up:", e)
            continue
        print(f"  solved={ok} nodes={nodes} valid={verify(board, values) if ok else None}")
        if ok:
            print(board.render([None if v < 0 else v for v in values]))
    b = Board(4)
    print(len(b.cells), sum(map(len, b.nbrs)), max(map(len, b.nbrs)), min(map(len, b.nbrs)))
    print(sum(1 for q, r in product(range(-3, 4), repeat=2) if abs(q + r) <= 3))


main()
