"""typing runtime protocols, generics, pprint of nested data, decimal 'telco' billing (own versions)."""
from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs, Iterable, Iterator, Sized, Hashable
from typing import TypedDict, Literal, Final, ClassVar, Union, Callable, get_type_hints, get_origin, get_args
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, getcontext, localcontext
from pprint import pprint, pformat
import collections.abc as cabc


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class File:
    def close(self):
        pass


class Movie(TypedDict):
    title: str
    year: int


class Config:
    retries: ClassVar[int] = 3
    mode: Literal["fast", "slow"] = "fast"
    limit: Final = 10


def classify(objs):
    out = []
    for o in objs:
        tags = [name for name, proto in (("area", HasArea), ("close", Closeable), ("int", SupportsInt),
                                          ("abs", SupportsAbs), ("iter", Iterable), ("sized", Sized))
                if isinstance(o, proto)]
        out.append((type(o).__name__, tags))
    return out


def telco(n):
    getcontext().prec = 28
    rates = [Decimal("0.0013"), Decimal("0.00894"), Decimal("0.0127")]
    disc = Decimal("0.0675")
    total = Decimal(0)
    lines = []
    for i in range(n):
        secs = Decimal(37 + (i * 97) % 500)
        rate = rates[i % 3]
        price = (secs * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        tax = (price * disc).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        total += price + tax
        if i < 5:
            lines.append(f"{secs:>6} {rate:<8} {price:>7} {tax:>6}")
    return lines, total


def main():
    for row in classify([Square(2), File(), 3, 2.5, [1], "s", {1: 2}, iter([])]):
        print(row)
    print(issubclass(Square, HasArea), isinstance(Square(1), Closeable))
    try:
        class NotRC(Protocol):
            def x(self): ...
        isinstance(1, NotRC)
    except TypeError as e:
        print("TypeError:", e)
    m: Movie = {"title": "Blade Runner", "year": 1982}
    print(m, Movie.__required_keys__ == frozenset({"title", "year"}), get_type_hints(Movie))
    print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]))
    print(Config.retries, Config.mode, isinstance([], cabc.MutableSequence), isinstance((), cabc.Hashable))
    print(issubclass(dict, cabc.Mapping), isinstance(iter([]), Iterator), isinstance({}, Hashable))
    data = {"name": "pyx", "versions": [(3, 13, i) for i in range(4)], "nested": {"a": list(range(30)),
            "b": {"deep": {"deeper": ["x" * 20, "y" * 30, {"z": None}]}}}, "set": {3, 1, 2}}
    pprint(data)
    pprint(data, width=40, depth=2)
    print(pformat(list(range(50)), compact=True, width=60))
    pprint({"k%d" % i: i * 1.5 for i in range(5)}, sort_dicts=False)
    lines, total = telco(300)
    print("\n".join(lines))
    print("total", total, total.quantize(Decimal("1.")), round(total, 1), float(total) > 0)
    with localcontext() as ctx:
        ctx.prec = 5
        print(Decimal(1) / Decimal(3), Decimal("2").sqrt(), Decimal("1.23456789") + 0)
    print(Decimal("1.1") * 3, Decimal("10") / 4, Decimal("-7") // 2, Decimal("-7") % 2, Decimal("1e3").normalize())


if __name__ == "__main__":
    main()
