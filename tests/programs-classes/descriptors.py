# staticmethod, classmethod, property (getter/setter/deleter), class decorators.
def register(cls):
    cls.registered = True
    return cls

@register
class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, celsius):
        self._c = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            print("too cold:", value)
            return
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return cls.__name__, cls.instances

t = Temperature(20)
print(t.celsius, t.fahrenheit, Temperature.registered)
t.celsius = 25
print(t.celsius)
t.celsius = -300
print(t.celsius)
print(Temperature.convert(100), t.convert(0))
u = Temperature.from_f(212)
print(u.celsius, type(u).__name__)
print(Temperature.count(), t.count())
del t.celsius
print(hasattr(t, "_c"))
print("celsius" in Temperature.__dict__)

class Sub(Temperature):
    pass

print(Sub.from_f(32).celsius, type(Sub.from_f(32)).__name__, Sub.count())
t2 = Temperature(1)
t2.fahrenheit = 3
