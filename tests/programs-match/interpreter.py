# A small expression evaluator and a command dispatcher written with match, as people write them.
class Node:
    __match_args__ = ()

    def __init__(self, *args):
        for name, value in zip(self.__match_args__, args):
            setattr(self, name, value)

    def __repr__(self):
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{type(self).__name__}({fields})"


class Num(Node):
    __match_args__ = ("value",)


class BinOp(Node):
    __match_args__ = ("op", "left", "right")


class Neg(Node):
    __match_args__ = ("operand",)


def evaluate(node):
    match node:
        case Num(value):
            return value
        case Neg(Num(0)):
            return 0
        case Neg(inner):
            return -evaluate(inner)
        case BinOp("+", left, right):
            return evaluate(left) + evaluate(right)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", left, right):
            return evaluate(left) * evaluate(right)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")


tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(tree)
print(evaluate(tree))
print(evaluate(BinOp("*", Num(0), Num(99))))
for bad in [BinOp("/", Num(1), Num(2)), "x"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", *items] if items:
            return "picking up " + ", ".join(items)
        case ["drop", item] | ["put", "down", item]:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for c in ["go north", "go up", "pick up key lamp", "pick up", "drop sword", "put down shield",
          "exit", "", "dance wildly"]:
    print(repr(c), "->", run(c))
