# Sorting: stability, multi-key sorts, reverse stability, key errors, mixed-type errors,
# sorting user objects, heapq/bisect on keys, min/max with key/default.
from operator import itemgetter, attrgetter
import heapq, bisect
people = [('bob', 25, 'NY'), ('alice', 30, 'LA'), ('carol', 25, 'LA'), ('dave', 30, 'NY'), ('eve', 22, 'SF')]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=itemgetter(2, 0)))
s1 = sorted(people, key=itemgetter(0)); s2 = sorted(s1, key=itemgetter(2))
print([p[0] for p in s2])
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())), sorted(words, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2.5, 0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), min(nums), max(nums, key=abs), min(nums, key=lambda v: (v % 2, v)))
print(min([], default='empty'), max((), key=len, default=None), min('bca'), max('hello', 'world', key=lambda s: s[1]), min(3, 1, 2), max([1, 2], [1, 3]))
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([{1}, {2}, 3])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 1].sort(key=lambda v: None if v == 1 else v)
except TypeError as e:
    print('TypeError:', e)
print(sorted([{2, 3}, {1}, {1, 2, 3}], key=len), sorted([[2, 1], [1, 5], [1, 2, 0]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([1.5, True, 0, -2, False]), sorted([3, 1, 2], key=None), sorted('hello'), sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=itemgetter(1)))
class Emp:
    def __init__(self, name, dept, pay): self.name, self.dept, self.pay = name, dept, pay
    def __repr__(self): return self.name
emps = [Emp('z', 'b', 3), Emp('y', 'a', 3), Emp('x', 'a', 1)]
print(sorted(emps, key=attrgetter('dept', 'pay')), sorted(emps, key=attrgetter('pay'), reverse=True), max(emps, key=attrgetter('pay')))
data = [5, 1, 8, 3, 9, 2]
print(heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nlargest(2, people, key=itemgetter(1)), heapq.nsmallest(1, words, key=len))
h = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))], list(heapq.merge([1, 4, 7], [2, 5], [3, 6])), list(heapq.merge(['a', 'cc'], ['bb'], key=len)))
scores = [60, 70, 80, 90]
grades = 'FDCBA'
print([grades[bisect.bisect(scores, s)] for s in [33, 60, 77, 89, 90, 100]], bisect.bisect_left(scores, 70), bisect.bisect_right(scores, 70))
recs = sorted(people, key=itemgetter(1))
print(bisect.bisect_left(recs, 25, key=itemgetter(1)), bisect.bisect_right(recs, 25, key=itemgetter(1)))
ins = [1, 3, 5]; bisect.insort(ins, 4); bisect.insort_left(ins, 0); print(ins)
lst = [('b', 2), ('a', 2), ('c', 1)]
lst.sort(key=itemgetter(1)); print(lst)
lst.sort(key=itemgetter(0), reverse=True); print(lst)
mat = [[3, 'c'], [1, 'a'], [2, 'b']]
mat.sort(); print(mat, sorted(mat, key=lambda r: r[1], reverse=True)[0])
print(sorted(range(10), key=lambda v: (v % 3, -v)), sorted(['10', '9', '100'], key=int), sorted(['a10', 'a9', 'a100'], key=lambda s: int(s[1:])))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), sorted(['x', 'yy', 'z'], key=len, reverse=True))
print(list(reversed(sorted([2, 3, 1]))), sorted((x for x in 'cab')), sorted(set([3, 3, 1])), sorted(frozenset('ba')))
