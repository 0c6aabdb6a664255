# Breadth-first search for shortest paths in a maze, with the path drawn.
maze = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
    ".####...#.",
]
H, W = len(maze), len(maze[0])
start = end = None
for r in range(H):
    for c in range(W):
        if maze[r][c] == "S":
            start = (r, c)
        elif maze[r][c] == "E":
            end = (r, c)
queue = [start]
prev = {start: None}
head = 0
while head < len(queue):
    r, c = queue[head]
    head += 1
    if (r, c) == end:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and maze[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = (r, c)
            queue.append((nr, nc))
path = []
p = end
while p is not None:
    path.append(p)
    p = prev[p]
path.reverse()
print(len(path) - 1, path)
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
dist = {}
for cell in prev:
    d = 0
    q = cell
    while prev[q] is not None:
        q = prev[q]
        d += 1
    dist[cell] = d
print(max(dist.values()), sorted([cell for cell in dist if dist[cell] == 3]))
