# A vertical histogram drawn with text, and a sparkline-like row.
data = [3, 7, 1, 9, 4, 6, 2, 8, 5, 0, 10, 4]
top = max(data)
for level in range(top, 0, -1):
    print(f"{level:2d} |" + "".join([" # " if v >= level else "   " for v in data]))
print("   +" + "---" * len(data))
print("    " + "".join([f"{i:^3}" for i in range(len(data))]))
bars = " ▁▂▃▄▅▆▇█"
print("".join([bars[round(v / top * 8)] for v in data]))
print(sum(data), sum(data) / len(data), sorted(data)[len(data) // 2])
