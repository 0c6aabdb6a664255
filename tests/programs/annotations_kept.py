# __annotations__ of modules and classes (CPython 3.13: set up when a body annotates a name,
# filled as each annotated assignment runs); function locals' annotations are not evaluated.
print(__annotations__)
count: int = 0
label: "a forward reference"
print(__annotations__, count)


class Point:
    """A point."""
    x: float
    y: float = 0.0
    tags: list[str] = []
    if True:
        flag: bool = False

    def norm(self) -> float:
        inside: undefined_name = 1  # never evaluated: no NameError
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(Point.__annotations__)
print([k for k in Point.__dict__ if not k.startswith("__static")][:6])
p = Point()
p.x = 3.0
print(p.norm(), Point.y, Point.flag, "x" in Point.__dict__)


class Empty:
    def method(self):
        pass


print("__annotations__" in Empty.__dict__)


class Child(Point):
    z: complex


print(Child.__annotations__, Point.__annotations__ is not Child.__annotations__)
