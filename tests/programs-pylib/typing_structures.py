# NamedTuple, TypedDict, Protocol, Literal and NewType in a small order system.
from typing import NamedTuple, TypedDict, Protocol, Literal, NewType, runtime_checkable, Final, ClassVar

OrderId = NewType('OrderId', int)
Status = Literal['open', 'shipped']
MAX_ITEMS: Final = 3


class Line(NamedTuple):
    sku: str
    qty: int = 1

    def label(self) -> str:
        return f'{self.qty} x {self.sku}'


class Order(TypedDict):
    id: OrderId
    status: Status
    lines: list


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class Priced(Protocol):
    def price(self) -> float: ...


class Book:
    tax: ClassVar[float] = 0.1

    def price(self) -> float:
        return 10.0 * (1 + self.tax)


order: Order = {'id': OrderId(7), 'status': 'open', 'lines': [Line('pen', 2), Line('ink')]}
print(order, type(Order(id=OrderId(1), status='open', lines=[])))
print([l.label() for l in order['lines']], Line('x')._asdict(), Line._fields, Line.__annotations__)
print(sorted(Order.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(isinstance(Book(), Priced), isinstance(3, Priced), round(Book().price(), 2))
print(OrderId, OrderId(5), Status, MAX_ITEMS, Line(sku='a', qty=3) > Line('a', 2))
Pair = NamedTuple('Pair', [('left', int), ('right', int)])
print(Pair(1, 2), Pair._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
