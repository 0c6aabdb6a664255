# Tuples as records: sorting, grouping and aggregating.
records = [("2024-01-05", "food", 12.5), ("2024-01-05", "travel", 40.0), ("2024-01-06", "food", 8.25),
           ("2024-01-07", "books", 22.0), ("2024-01-07", "food", 15.75), ("2024-01-08", "travel", 5.5)]
by_cat = {}
for date, cat, amount in records:
    by_cat[cat] = by_cat.get(cat, 0) + amount
print(by_cat, max(by_cat.items(), key=lambda kv: kv[1]))
by_day = {}
for date, cat, amount in records:
    by_day.setdefault(date, []).append((cat, amount))
for day, entries in by_day.items():
    print(day, entries, sum([a for _, a in entries]))
print(sorted(records, key=lambda r: (-r[2], r[0]))[:3], min(records, key=lambda r: r[2])[1])
running = 0.0
for r in records:
    running += r[2]
    print(f"{r[0]} {r[1]:>7} {r[2]:7.2f} {running:8.2f}")
