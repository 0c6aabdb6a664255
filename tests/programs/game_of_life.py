# Conway's Game of Life on a small torus: a glider and a blinker.
W, H = 12, 8
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 4), (9, 4), (10, 4)}

def step(cells):
    counts = {}
    for x, y in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % W, (y + dy) % H)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}

def show(cells):
    for y in range(H):
        print("".join(["#" if (x, y) in cells else "." for x in range(W)]))

for gen in range(6):
    print("generation", gen, len(cells), sorted(cells))
    show(cells)
    cells = step(cells)
for gen in range(6, 60):
    cells = step(cells)
print(len(cells), sorted(cells))
