# Leap years, day of week (Zeller), and a printed month calendar.
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def dow(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
print([y for y in range(1890, 2030) if leap(y)][:20], leap(1900), leap(2000), leap(2024), leap(2100))
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for y, m, d in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2026, 11, 26)]:
    print(y, m, d, names[dow(y, m, d)])

def month(y, m):
    print(f"{y}-{m:02d}".center(20))
    print("Mo Tu We Th Fr Sa Su")
    first = dow(y, m, 1)
    n = DAYS[m - 1] + (1 if m == 2 and leap(y) else 0)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, n + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))

month(2024, 2)
month(2026, 11)
fridays13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if dow(y, m, 13) == 4]
print(len(fridays13), fridays13)
