# Classes that derive from or are registered with collections.abc.Sequence / Mapping match
# sequence and mapping patterns (CPython's type flags); others with __getitem__ do not.
from collections.abc import Mapping, Sequence


class Row(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, index):
        print(f"  Row[{index}]")
        return self.items[index]

    def __len__(self):
        print("  len(Row)")
        return len(self.items)


class Plain:
    def __getitem__(self, index):
        return index

    def __len__(self):
        return 2


class Registered:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]


Sequence.register(Registered)


class Config(Mapping):
    def __init__(self, **values):
        self.values = values

    def __getitem__(self, key):
        return self.values[key]

    def __iter__(self):
        return iter(self.values)

    def __len__(self):
        return len(self.values)

    def get(self, key, default=None):
        print(f"  Config.get({key!r})")
        return self.values.get(key, default)


def kind(x):
    match x:
        case [a, b]:
            return f"pair {a} {b}"
        case [a, *_, z]:
            return f"long {a}..{z}"
        case {"host": h, "port": p}:
            return f"address {h}:{p}"
        case {"host": h}:
            return f"host {h}"
        case _:
            return "other"


print(kind(Row(1, 2)))
print(kind(Row(1, 2, 3, 4)))
print(kind(Plain()))
print(kind(Registered(["x", "y"])))
print(kind(Config(host="example.org", port=80)))
print(kind(Config(host="localhost")))
print(kind(Config(user="me")))
