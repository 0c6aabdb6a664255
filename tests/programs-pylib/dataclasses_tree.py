# A small expression tree with dataclasses and structural pattern matching.
from dataclasses import dataclass, asdict
from typing import Union


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: 'Expr'
    right: 'Expr'


Expr = Union[Num, BinOp]


def evaluate(e):
    match e:
        case Num(value=v):
            return v
        case BinOp('+', l, r):
            return evaluate(l) + evaluate(r)
        case BinOp('*', l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f'unknown operator {op!r}')


tree = BinOp('+', Num(2), BinOp('*', Num(3), Num(4)))
print(tree)
print(evaluate(tree))
print(asdict(tree))
print(tree == BinOp('+', Num(2), BinOp('*', Num(3), Num(4))), tree == Num(2))
try:
    evaluate(BinOp('-', Num(1), Num(1)))
except ValueError as e:
    print(e)


@dataclass(eq=False)
class Node:
    name: str
    children: list

    def walk(self, depth=0):
        yield '  ' * depth + self.name
        for child in self.children:
            yield from child.walk(depth + 1)


root = Node('root', [Node('a', [Node('a1', [])]), Node('b', [])])
print('\n'.join(root.walk()))
print(root == Node('root', []), root == root)
