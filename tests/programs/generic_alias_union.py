# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | None): annotations are evaluated
# when a def or class body runs, so typed programs need them even though types are not checked.
from typing import Optional
def f(x: list[int], y: dict[str, int] | None = None, *, z: tuple[int, ...] = ()) -> set[frozenset[int]]:
    return set()
print(f([1]), list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int], list[int]([1, 2]))
print(int | None, int | str | int, (int | str) == (str | int), list[int] == list[int], list[int] == list[str])
print(isinstance(3, int | str), isinstance(None, int | None), isinstance([], list | dict), issubclass(bool, int | str))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, v: int, nxt: "Node | None" = None) -> None:
        self.v, self.nxt = v, nxt
    def walk(self) -> list[int]:
        out: list[int] = []
        n: Node | None = self
        while n:
            out.append(n.v); n = n.nxt
        return out
print(Node(1, Node(2)).walk(), Node | None, list[Node])
print(type(list[int]).__name__, type(int | str).__name__, list[int].__origin__, dict[str, int].__args__)
