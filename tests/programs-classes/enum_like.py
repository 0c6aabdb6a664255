# An enum written with a metaclass: members made at class creation, the class iterable,
# sized, subscriptable and supporting `in` through the metaclass's dunders.


class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = [(k, v) for k, v in ns.items() if not k.startswith("_") and not callable(v)]
        cls = super().__new__(mcs, name, bases, {k: v for k, v in ns.items() if (k, v) not in members})
        cls._members = {}
        for key, value in members:
            member = object.__new__(cls)
            member.name, member.value = key, value
            setattr(cls, key, member)
            cls._members[key] = member
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def is_warm(self):
        return self is Color.RED


print(list(Color), len(Color), Color["GREEN"], Color(3), Color.RED.is_warm(), Color.BLUE.is_warm())
print(Color.RED in Color, 1 in Color, Color, str(Color.GREEN), [m.name for m in Color], bool(Color))
print(isinstance(Color.RED, Color), type(Color.RED).__name__, type(Color).__name__, Color.RED.value + 10)
print({c: c.value for c in Color}[Color.BLUE], sorted(Color, key=lambda c: -c.value)[0])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
