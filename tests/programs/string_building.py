# Building strings: +=, join, repetition, format; checking they agree.
parts = []
s = ""
for i in range(200):
    piece = f"{i:03d}:" + chr(65 + i % 26) * (i % 4)
    s += piece + ";"
    parts.append(piece)
joined = ";".join(parts) + ";"
print(len(s), s == joined, s[:80], s[-40:])
lines = []
for row in range(8):
    lines.append("".join(["#" if (row + col) % 2 else "." for col in range(16)]))
board = "\n".join(lines)
print(board)
print(board.count("#"), board.count("\n"), len(board))
words = []
for w in "the quick brown fox".split():
    words.append(w.capitalize())
    words.append(w.upper()[::-1])
print(" ".join(words), "-".join(words).lower(), ("ab" * 50)[::7])
acc = ""
for k in range(30):
    acc = acc + str(k % 10) if k % 3 else str(k) + acc
print(acc, len(acc))
out = "%s|%s" % ("=" * 10, "-" * 5) + "{}".format("+" * 3)
print(out, out.replace("=", "<>", 3))
