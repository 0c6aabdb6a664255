# An order system with dataclasses: defaults, ordering, frozen keys, post-init and asdict.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
from collections import defaultdict


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    code: int

    def __str__(self):
        return f"{self.category[:3].upper()}-{self.code:04d}"


@dataclass
class Product:
    sku: Sku
    name: str
    price: float
    stock: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def value(self):
        return round(self.price * self.stock, 2)


@dataclass
class OrderLine:
    product: Product
    qty: int
    discount: float = 0.0
    total: float = field(init=False, repr=False)

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"quantity must be positive, got {self.qty}")
        self.total = round(self.product.price * self.qty * (1 - self.discount), 2)


@dataclass
class Order:
    id: int
    lines: List[OrderLine] = field(default_factory=list)
    note: Optional[str] = None

    def add(self, product, qty, discount=0.0):
        if product.stock < qty:
            raise RuntimeError(f"only {product.stock} of {product.name} left")
        product.stock -= qty
        self.lines.append(OrderLine(product, qty, discount))
        return self

    @property
    def total(self):
        return round(sum(l.total for l in self.lines), 2)


catalog = [
    Product(Sku("fruit", 7), "apple", 0.4, 120, ["fresh"]),
    Product(Sku("dairy", 2), "milk", 1.09, 30),
    Product(Sku("fruit", 3), "pear", 0.55, 8, ["fresh", "local"]),
    Product(Sku("bakery", 11), "bread", 2.5, 15),
]
print(catalog[0])
print(sorted(p.sku for p in catalog))
print([str(p.sku) for p in sorted(catalog, key=lambda p: p.sku)])
order = Order(1).add(catalog[0], 10).add(catalog[2], 5, 0.1).add(catalog[1], 2)
print(order.total, [l.total for l in order.lines], order.lines[1])
try:
    order.add(catalog[2], 5)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    OrderLine(catalog[3], 0)
except ValueError as e:
    print("ValueError:", e)
try:
    catalog[0].sku.code = 99
except Exception as e:
    print(type(e).__name__, e)
print(asdict(catalog[2]))
print(astuple(Sku("x", 1)), replace(catalog[3], stock=0).value, catalog[3].value)
print([f.name for f in fields(Product)], Sku("a", 1) == Sku("a", 1), Sku("a", 1) < Sku("a", 2))
print(hash(Sku("a", 1)) == hash(Sku("a", 1)), {Sku("a", 1): "ok"}[Sku("a", 1)])
by_cat = defaultdict(list)
for p in catalog:
    by_cat[p.sku.category].append(p.name)
print(dict(sorted(by_cat.items())))
print(Order(2), Order(3, note="rush") == Order(3, note="rush"), Order(3) == Order(4))
stock_value = sum(p.value for p in catalog)
print(f"stock value {stock_value:.2f}", max(catalog, key=lambda p: p.value).name)
