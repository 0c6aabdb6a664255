# typing at run time: TypeVar/Generic/Protocol/TypedDict/NewType/overload reprs, get_type_hints, get_origin/get_args, annotations.
from typing import (TypeVar, Generic, Protocol, runtime_checkable, TypedDict, Literal, Optional, Union, Any, Callable,
                    get_type_hints, overload, cast, NewType, Final, ClassVar, Iterator, Sequence, Mapping, NamedTuple, get_origin, get_args, Self)
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', str, bytes)
print(T, K.__bound__, S.__constraints__, T.__name__, repr(Optional[int]), repr(Union[int, str]), Union[int, None] == Optional[int], repr(Callable[[int, str], bool]), repr(Literal['a', 1]))
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box[int], Box(3).get(), Box.__parameters__, get_origin(Box[int]) is Box, get_args(Box[str]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m: Movie = {'title': 'x', 'year': 1}
print(m, Movie.__required_keys__ == {'title', 'year'}, Partial.__optional_keys__, type(m).__name__, Movie(title='t', year=2))
def hinted(a: int, b: 'str' = 'x', *args: float, **kw: Optional[int]) -> list[int]: return []
print(get_type_hints(hinted))
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__, cast(str, 5), cast('int', 'x'))
@overload
def over(x: int) -> int: ...
@overload
def over(x: str) -> str: ...
def over(x): return x * 2
print(over(2), over('a'))
class Node:
    def clone(self) -> Self: return self
print(get_type_hints(Node.clone))
print(repr(Any), repr(Final[int]), repr(ClassVar[int]), repr(Iterator[int]), repr(Sequence[str]), repr(Mapping[str, int]), repr(list[int | None]), repr(dict[str, 'Node']))
class Pair(NamedTuple):
    a: int
    b: str = 'b'
print(Pair(1), get_type_hints(Pair), Pair.__annotations__)
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), gen.__annotations__)
x: int = 5
y: 'list[str]'
print(__annotations__)
class WithAnn:
    a: int
    b: str = 'z'
print(WithAnn.__annotations__, get_type_hints(WithAnn), hasattr(WithAnn, 'a'))
