# Conway's Game of Life on a set of live cells, plus a 1-D cellular automaton (rule 90/110).
def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = set(glider)
for gen in range(4):
    state = step(state)
print(render(state, 6, 6))
print(sorted(state))
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(blinker) == {(0, 1), (1, 1), (2, 1)}, step(step(blinker)) == blinker)
pop = []
state = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}  # the R-pentomino
for gen in range(60):
    pop.append(len(state))
    state = step(state)
print(pop[::6], max(pop), pop.index(max(pop)))


def automaton(rule, width=31, steps=15):
    table = {tuple(int(b) for b in f"{i:03b}"): (rule >> i) & 1 for i in range(8)}
    row = [0] * width
    row[width // 2] = 1
    lines = []
    for _ in range(steps):
        lines.append("".join(" #"[x] for x in row).rstrip())
        row = [table[(row[i - 1], row[i], row[(i + 1) % width])] for i in range(width)]
    return lines


for line in automaton(90):
    print(line)
print(sum(line.count("#") for line in automaton(110, 41, 20)))
