"""Inventory and order pricing with dataclasses, enums and typing (own version)."""
from __future__ import annotations
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, auto, Flag
from typing import Optional, List, Dict, NamedTuple, Protocol, TypeVar, Generic
import json


class Category(Enum):
    FOOD = auto()
    TOOL = auto()
    TOY = auto()


class Perm(Flag):
    R = 4
    W = 2
    X = 1


@dataclass(frozen=True, order=True)
class Sku:
    code: str
    variant: int = 0


@dataclass
class Item:
    sku: Sku
    name: str
    price: float
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list)
    stock: int = field(default=0, repr=False)

    @property
    def value(self) -> float:
        return self.price * self.stock


@dataclass(slots=True)
class Line:
    item: Item
    qty: int

    def total(self):
        return round(self.item.price * self.qty, 2)


class Pair(NamedTuple):
    left: int
    right: int = 0

    def swap(self) -> "Pair":
        return Pair(self.right, self.left)


T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, x: T) -> None:
        self._items.append(x)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class Priced(Protocol):
    price: float


def cheapest(items: List[Item]) -> Optional[Item]:
    return min(items, key=lambda i: (i.price, i.sku)) if items else None


def main():
    items = [
        Item(Sku("A1"), "apple", 0.5, Category.FOOD, ["fruit"], 100),
        Item(Sku("H2", 1), "hammer", 12.25, stock=5),
        Item(Sku("H2", 0), "mallet", 12.25, tags=["wood"], stock=2),
        Item(Sku("Y9"), "yoyo", 3.0, Category.TOY),
    ]
    for it in items:
        print(it)
    print(sorted(i.sku for i in items))
    print(cheapest(items).name, cheapest([]))
    print(sum(i.value for i in items))
    by_cat: Dict[Category, List[str]] = {}
    for i in items:
        by_cat.setdefault(i.category, []).append(i.name)
    print({c.name: v for c, v in by_cat.items()})
    d = asdict(items[1])
    print(d)
    print(json.dumps(d, default=str, sort_keys=True))
    print(astuple(items[0].sku), replace(items[0].sku, variant=3))
    print([f.name for f in fields(Item)])
    try:
        items[0].sku.code = "Z"
    except Exception as e:
        print(type(e).__name__, e)
    lines = [Line(items[0], 12), Line(items[1], 2)]
    print(lines[0], [l.total() for l in lines], hasattr(lines[0], "__dict__"))
    print(items[0] == Item(Sku("A1"), "apple", 0.5, Category.FOOD, ["fruit"], 7))
    p = Pair(1, 2)
    print(p, p.swap(), Pair(5), p._fields)
    s: Stack[int] = Stack()
    for k in range(5):
        s.push(k * k)
    print(s.pop(), len(s))
    print(Category.FOOD, repr(Category.TOY), Category["TOOL"].value, list(Category))
    rw = Perm.R | Perm.W
    print(rw, Perm.W in rw, Perm.X in rw, repr(rw), rw.value)
    print(Stack[int], Optional[int], List[str])


if __name__ == "__main__":
    main()
