"""Bitmask exact-cover (meteor-contest style) and MDP value iteration (own versions)."""
import sys
import time
from collections import defaultdict
from itertools import product

W, H = 5, 4
SHAPES = {
    "I": [(0, 0), (1, 0), (2, 0), (3, 0)],
    "L": [(0, 0), (0, 1), (0, 2), (1, 2)],
    "S": [(1, 0), (2, 0), (0, 1), (1, 1)],
    "J": [(1, 0), (1, 1), (1, 2), (0, 2)],
    "O": [(0, 0), (1, 0), (0, 1), (1, 1)],
}


def variants(cells):
    out = set()
    pts = cells
    for _ in range(4):
        pts = [(y, -x) for x, y in pts]
        for flip in (False, True):
            q = [(-x, y) for x, y in pts] if flip else pts
            mx = min(x for x, _ in q)
            my = min(y for _, y in q)
            out.add(tuple(sorted((x - mx, y - my) for x, y in q)))
    return sorted(out)


def placements():
    table = defaultdict(list)
    for name, cells in SHAPES.items():
        for v in variants(cells):
            for ox, oy in product(range(W), range(H)):
                mask = 0
                ok = True
                for x, y in v:
                    px, py = x + ox, y + oy
                    if px >= W or py >= H:
                        ok = False
                        break
                    mask |= 1 << (py * W + px)
                if ok:
                    table[name].append(mask)
    return table


def solve(table, names, used=0, acc=()):
    if not names:
        yield acc
        return
    free = (~used) & ((1 << (W * H)) - 1)
    first = (free & -free).bit_length() - 1
    for name in names:
        for mask in table[name]:
            if mask & used == 0 and (mask >> first) & 1:
                rest = tuple(n for n in names if n != name)
                yield from solve(table, rest, used | mask, acc + ((name, mask),))


def render(sol):
    grid = [["."] * W for _ in range(H)]
    for name, mask in sol:
        for i in range(W * H):
            if mask >> i & 1:
                grid[i // W][i % W] = name
    return "\n".join("".join(r) for r in grid)


def value_iteration(n, gamma=0.9, eps=1e-9):
    states = [(x, y) for x in range(n) for y in range(n)]
    goal, pit = (n - 1, n - 1), (n - 1, n - 2)
    moves = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    V = dict.fromkeys(states, 0.0)

    def step(s, d):
        x, y = s[0] + d[0], s[1] + d[1]
        return (x, y) if 0 <= x < n and 0 <= y < n else s

    sweeps = 0
    while True:
        delta = 0.0
        for s in states:
            if s in (goal, pit):
                continue
            best = max(sum(p * ((1.0 if t == goal else -1.0 if t == pit else -0.04) + gamma * V[t])
                           for p, t in ((0.8, step(s, d)), (0.1, step(s, (d[1], d[0]))), (0.1, step(s, (-d[1], -d[0])))))
                       for d in moves.values())
            delta = max(delta, abs(best - V[s]))
            V[s] = best
        sweeps += 1
        if delta < eps:
            break
    policy = {}
    for s in states:
        if s in (goal, pit):
            continue
        policy[s] = max(moves, key=lambda m: V[step(s, moves[m])])
    return V, policy, sweeps


def main():
    t0 = time.perf_counter()
    table = placements()
    print({k: len(v) for k, v in table.items()})
    sols = list(solve(table, tuple(sorted(SHAPES))))
    print(len(sols), "solutions")
    print(render(sols[0]))
    print(render(sols[-1]))
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    V, policy, sweeps = value_iteration(n)
    print("sweeps", sweeps)
    for y in range(n):
        print(" ".join(f"{V[(x, y)]:+.3f}" for x in range(n)), " ", "".join(policy.get((x, y), "*") for x in range(n)))
    assert time.perf_counter() >= t0


if __name__ == "__main__":
    main()
