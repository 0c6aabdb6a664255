import math

class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.hypot(self.x, self.y)

    @staticmethod
    def origin():
        return Point(0, 0)

class Point3(Point, metaclass=type):
    dims = dims_before = Point.dims + 1
    del dims_before

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def make(n):
    class Local:
        size = n
        def get(self):
            return n + __class__.size
    return Local
