# del on names, list items, slices, dict keys, and then using a deleted name (NameError).
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
p, q = 1, 2
del p, d["x"]
print(d, q)
r = 5
del r
print("deleted r")
print(r)
