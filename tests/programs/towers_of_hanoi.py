# Towers of Hanoi: recursive moves, counts, and state after each move for n=4.
moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
for disk, s, d in moves:
    assert pegs[s][-1] == disk
    pegs[d].append(pegs[s].pop())
    print(f"move {disk} {s}->{d}", pegs)
for n in range(1, 16):
    moves = []
    hanoi(n, 1, 3, 2)
    print(n, len(moves), 2**n - 1)
