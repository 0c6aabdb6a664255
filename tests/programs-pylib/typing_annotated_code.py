# Ordinary annotated code: typing names used in signatures, aliases and casts.
from typing import (List, Dict, Optional, Union, Tuple, Callable, Iterable, Iterator, Any,
                    TypeVar, Generic, cast, overload, TYPE_CHECKING, Sequence, Mapping, Set)

if TYPE_CHECKING:
    import os

T = TypeVar('T')
K = TypeVar('K')
Matrix = List[List[float]]


def transpose(m: Matrix) -> Matrix:
    return [list(row) for row in zip(*m)]


def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def group(items: Iterable[T], key: Callable[[T], K]) -> Dict[K, List[T]]:
    out: Dict[K, List[T]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)


print(transpose([[1, 2], [3, 4], [5, 6]]))
print(first([]), first('xyz'), first([], 0))
print(group(['apple', 'avocado', 'banana'], key=lambda s: s[0]))
print(list(countdown(3)))
s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s), Stack[int], Stack.__parameters__)
print(cast(int, 'not checked'), TYPE_CHECKING)
print(transpose.__annotations__)
print(first.__annotations__['items'], group.__annotations__['return'])


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))
print(Union[int, str], Optional[int], Tuple[int, ...], Mapping[str, Any], Set[bytes])
