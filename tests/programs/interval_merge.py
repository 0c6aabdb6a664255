# Merging intervals, finding gaps, and total covered length.
intervals = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 12), (0, 1), (25, 25)]
merged = []
for lo, hi in sorted(intervals):
    if merged and lo <= merged[-1][1]:
        merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
    else:
        merged.append((lo, hi))
print(merged)
gaps = [(a[1], b[0]) for a, b in zip(merged, merged[1:])]
print(gaps, sum([hi - lo for lo, hi in merged]), max(merged, key=lambda iv: iv[1] - iv[0]))
def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]
print([(a, b) for i, a in enumerate(intervals) for b in intervals[i + 1:] if overlaps(a, b)])
points = [0, 4, 9, 13, 19, 25, 30]
print([(p, [iv for iv in merged if iv[0] <= p <= iv[1]]) for p in points])
