# An inventory with dataclasses: defaults, factories, ordering, asdict, replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.quantity

    @property
    def total(self):
        return self.price * self.quantity


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self

    def value(self):
        return sum(i.total for i in self.items)


inv = Inventory('shop')
inv.add(Item('pen', 1.5, 10, ['office'])).add(Item('book', 12.0, 2)).add(Item('mug', 4.25, 4))
print(inv)
print(inv.value(), [i.name for i in sorted(inv.items)])
print(asdict(inv))
print(astuple(inv.items[1]))
cheaper = replace(inv.items[1], price=10.0)
print(cheaper, cheaper.total, cheaper == inv.items[1], cheaper < inv.items[1])
print([f.name for f in fields(Item)], Item.__match_args__)
print(Item.__doc__)
print(Item('a', 1.0) == Item('a', 1.0, 0, ['x']), Item.__hash__)
for bad in [lambda: Item('x'), lambda: Item('x', 1.0, 2, [], 5), lambda: Item('x', 1.0, sort_index=3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
