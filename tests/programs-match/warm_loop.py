# The same cases tried thousands of times: once V8 optimizes the interpreter, NaN-boxed
# True/False/None constants must keep their tags (an `is not None` test once read the
# canonical NaN as a true float and matched a failed class pattern).
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def classify(v):
    match v:
        case 0:
            return 0
        case [a, b]:
            return a + b
        case {"k": k}:
            return k
        case Point(x, 0):
            return x
        case Point(x, y):
            return x * y
        case str() | bytes():
            return 1
        case _:
            return -1

items = [0, [1, 2], {"k": 3}, Point(4, 0), Point(2, 3), "s", b"b", 3.5] * 1200
total = 0
for v in items:
    total += classify(v)
print(total)
