# sorted and list.sort: stability, key functions, reverse keeping stability, tuples.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30), ("gina", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people))
print(sorted(people, key=lambda p: (p[1], p[0][::-1])))
byage = sorted(people, key=lambda p: p[0], reverse=True)
byage.sort(key=lambda p: p[1])
print(byage)
nums = [5, -3, 2, -2, 3, -5, 0, 1, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda v: v * v))
words = ["Banana", "apple", "cherry", "Apple", "banana", "Cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
a = [3, 1, 2]
print(a.sort(), a, a.reverse(), a)
recs = [(i % 4, i) for i in range(20)]
recs.sort(key=lambda r: r[0])
print(recs)
m = [[3, "c"], [1, "a"], [2, "b"], [1, "z"], [3, "a"]]
m.sort()
print(m, sorted(m, key=lambda r: r[1]))
print(sorted([2.5, 1, 3, True, 0.5, False]), sorted("hello world"), sorted((3, 1, 2), reverse=True))
print(sorted({3: "a", 1: "b", 2: "c"}), sorted({3: "a", 1: "b"}.items()), sorted(range(10), key=lambda v: v % 3))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), min([], default="empty"), max([1, 5, 3], default=0))
