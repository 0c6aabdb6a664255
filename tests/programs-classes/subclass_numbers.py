# int and float subclasses: __new__ gives the value, arithmetic returns the base type,
# hashing and equality are the number's, methods and attributes are added.


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self):.1f}°C"


t = Celsius(21.5)
print(t, repr(t), [t], t.fahrenheit, t + 1, type(t + 1).__name__, t > 20, round(t), int(t))
print(isinstance(t, float), hash(t) == hash(21.5), {21.5: "x"}[t], f"{t:.2f}", str(t), float(t))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class MyInt(int):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __str__(self):
        return f"{int(self)}{self.unit}"

    def double(self):
        return MyInt(self * 2, self.unit)


n = MyInt(21, "km")
print(n, repr(n), n.double(), n + 1, 1 + n, n * n, -n, abs(MyInt(-4)), n // 4, n % 4, n ** 2, divmod(n, 5))
print(n == 21, n < 22, hash(n) == hash(21), bool(MyInt(0)), [10, 20, 30][MyInt(1)], n.bit_length(), hex(n))
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 4), sum([MyInt(1), MyInt(2)]), f"{n:>5}|{n:04d}")
print(isinstance(n, int), type(n).__mro__, n.__dict__, int("7") + MyInt(1), MyInt("12"), MyInt(3, "cm"))


class Flag(int):
    pass


print(Flag(1) & 3, Flag(6) | 1, Flag(5) ^ 1, Flag(1) << 3, ~Flag(0), Flag(True), float(Flag(2)))
d = {Flag(1): "one", 2: "two"}
print(d[1], d[Flag(2)], Flag(2) in d, repr(Flag(7)), str(Flag(7)), format(Flag(255), "x"))
