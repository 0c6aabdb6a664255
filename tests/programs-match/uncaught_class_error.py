# An uncaught TypeError from a class pattern: the traceback points at the case.
class Shape:
    __match_args__ = ("sides",)

    def __init__(self, sides):
        self.sides = sides


def describe(shape):
    match shape:
        case Shape(3):
            return "triangle"
        case Shape(4, 4):
            return "square"
    return "other"


print(describe(Shape(3)))
print(describe(Shape(4)))
