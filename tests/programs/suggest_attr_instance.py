# AttributeError suggestions from an instance's attributes and its class's methods.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vector(3, 4)
print(v.length())
print(v.lenght())
