# dir() and vars() of instances, classes and modules.
import math
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print([n for n in dir(p) if not n.startswith("_")])
print(vars(p), "norm" in dir(Point), "x" in dir(Point))
print([n for n in dir(math) if n.startswith("is")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12])
print(len([n for n in dir(1) if n.startswith("__")]) > 10, "bit_length" in dir(5), "__len__" in dir([]))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
