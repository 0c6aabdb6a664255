"""Chaos-game fractal on splines and random Go-board playouts (own versions)."""
import math
import random
import sys


class GVector:
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def Mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)

    def __repr__(self):
        return f"<GVector({self.x:.4f}, {self.y:.4f}, {self.z:.4f})>"


def bernstein(n, i, t):
    return math.comb(n, i) * t ** i * (1 - t) ** (n - i)


def bezier(points, t):
    n = len(points) - 1
    x = sum(bernstein(n, i, t) * p.x for i, p in enumerate(points))
    y = sum(bernstein(n, i, t) * p.y for i, p in enumerate(points))
    return GVector(x, y)


def chaos(rng, iterations, size):
    splines = [
        [GVector(1.0, 1.0), GVector(0.5, 1.5), GVector(0.0, 1.0)],
        [GVector(0.0, 0.0), GVector(0.5, -0.4), GVector(1.0, 0.0)],
        [GVector(0.0, 1.0), GVector(-0.2, 0.5), GVector(0.0, 0.0)],
    ]
    grid = [[0] * size for _ in range(size)]
    p = GVector(0.5, 0.5)
    for _ in range(iterations):
        s = rng.choice(splines)
        t = rng.random()
        target = bezier(s, t)
        p = p.linear_combination(target, 0.5)
        gx = min(size - 1, max(0, int((p.x + 0.25) / 1.5 * size)))
        gy = min(size - 1, max(0, int((1.6 - p.y) / 2.2 * size)))
        grid[gy][gx] += 1
    return grid, p


EMPTY, BLACK, WHITE = 0, 1, 2
SHOW = {EMPTY: ".", BLACK: "X", WHITE: "O"}


class Board:
    def __init__(self, size):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.captures = {BLACK: 0, WHITE: 0}

    def neighbours(self, pos):
        x, y = divmod(pos, self.size)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < self.size and 0 <= ny < self.size:
                yield nx * self.size + ny

    def group(self, pos):
        colour = self.cells[pos]
        stones, liberties, todo = {pos}, set(), [pos]
        while todo:
            p = todo.pop()
            for n in self.neighbours(p):
                c = self.cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == colour and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, liberties

    def play(self, pos, colour):
        if self.cells[pos] != EMPTY:
            return False
        self.cells[pos] = colour
        other = BLACK + WHITE - colour
        for n in set(self.neighbours(pos)):
            if self.cells[n] == other:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    self.captures[colour] += len(stones)
        stones, libs = self.group(pos)
        if not libs:
            self.cells[pos] = EMPTY
            return False
        return True

    def __str__(self):
        return "\n".join("".join(SHOW[self.cells[r * self.size + c]] for c in range(self.size)) for r in range(self.size))


def playout(rng, size, moves):
    b = Board(size)
    colour = BLACK
    played = passes = 0
    while played < moves and passes < 2:
        empties = [i for i, c in enumerate(b.cells) if c == EMPTY]
        rng.shuffle(empties)
        for pos in empties:
            if b.play(pos, colour):
                played += 1
                passes = 0
                break
        else:
            passes += 1
        colour = BLACK + WHITE - colour
    return b, played


def main():
    rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1234)
    grid, last = chaos(rng, 3000, 24)
    for row in grid[::2]:
        print("".join(" .:*#"[min(4, v)] for v in row[::1]).rstrip())
    print(last, sum(map(sum, grid)))
    for game in range(3):
        b, played = playout(rng, 7, 40)
        score = {c: b.cells.count(c) for c in (BLACK, WHITE)}
        print(f"game {game}: {played} moves, stones {score}, captures {b.captures}")
    print(b)


if __name__ == "__main__":
    main()
