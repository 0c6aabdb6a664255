# A grade book: averages, letter grades, rankings with ties, formatted report.
scores = {
    "ana": [88, 92, 79, 95], "ben": [72, 65, 80, 70], "cai": [95, 98, 100, 93],
    "dee": [60, 58, 71, 64], "eli": [88, 92, 79, 95], "fay": [81, 85, 90, 77],
}
def letter(avg):
    for cutoff, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return g
    return "F"
avgs = {name: sum(s) / len(s) for name, s in scores.items()}
ranked = sorted(avgs.items(), key=lambda kv: -kv[1])
rank = 0
prev = None
for i, (name, avg) in enumerate(ranked, 1):
    if avg != prev:
        rank = i
    prev = avg
    print(f"{rank:>2}. {name:<5} {avg:6.2f} {letter(avg)} {scores[name]} best={max(scores[name])} worst={min(scores[name])}")
by_letter = {}
for name, avg in avgs.items():
    by_letter.setdefault(letter(avg), []).append(name)
print(dict(sorted(by_letter.items())))
print(round(sum(avgs.values()) / len(avgs), 3), [round(sum([s[i] for s in scores.values()]) / len(scores), 2) for i in range(4)])
