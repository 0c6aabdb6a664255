# bisect: left/right, lo/hi, key=, insort on lists and objects with insert, errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, hi=-1), bisect.bisect(a, 2, 0, -5))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

recs = [("alice", 25), ("bob", 30), ("carol", 35)]
print(bisect.bisect_left(recs, 30, key=lambda r: r[1]), bisect.bisect_right(recs, 30, key=lambda r: r[1]))
bisect.insort(recs, ("dave", 30), key=lambda r: r[1])
bisect.insort_left(recs, ("eve", 30), key=lambda r: r[1])
print(recs)

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 5)
bisect.insort_right(s, 5.0)
print(s)

class Seq:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)
q = Seq()
for x in [3, 1, 2]:
    bisect.insort(q, x)
print(q.items, bisect.bisect_left(q, 2))
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1, 3, 5), 3))
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.insort((1, 2), 1), lambda: bisect.bisect([1, "a"], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
