# A game-playing assignment: tic-tac-toe with a minimax player, played out move by move and tallied
import random
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


@lru_cache(maxsize=None)
def minimax(board, player):
    result = winner(board)
    if result == "X":
        return 1, None
    if result == "O":
        return -1, None
    if result == "draw":
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell == " ":
            child = board[:i] + player + board[i + 1:]
            score, _ = minimax(child, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best


def random_player(board, rng):
    return rng.choice([i for i, c in enumerate(board) if c == " "])


def play(x_strategy, o_strategy, rng, verbose=False):
    board = " " * 9
    player = "X"
    while winner(board) is None:
        strategy = x_strategy if player == "X" else o_strategy
        move = minimax(board, player)[1] if strategy == "minimax" else random_player(board, rng)
        board = board[:move] + player + board[move + 1:]
        if verbose:
            print(f"{player} plays {move}")
        player = "O" if player == "X" else "X"
    if verbose:
        show(board)
    return winner(board)


rng = random.Random(1234)
print("result:", play("minimax", "random", rng, verbose=True))
print("perfect play:", play("minimax", "minimax", rng, verbose=True))
for x, o in [("minimax", "random"), ("random", "minimax"), ("random", "random")]:
    tally = {"X": 0, "O": 0, "draw": 0}
    for _ in range(30):
        tally[play(x, o, rng)] += 1
    print(f"X={x:<8} O={o:<8} {tally}")
print(minimax.cache_info().currsize > 1000, minimax(" " * 9, "X"))
print(winner("XXXOO    "), winner("XOXOXOOXO"), winner("XOXXOOOXX"), winner("         "))
