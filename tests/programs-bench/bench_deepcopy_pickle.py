"""copy.deepcopy / pickle round trips over object graphs (own version)."""
import copy
import pickle
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, namedtuple

Pt = namedtuple("Pt", "x y")


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    parent: "Node" = None


class Account:
    __slots__ = ("owner", "balance", "history")

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def __eq__(self, other):
        return (self.owner, self.balance, self.history) == (other.owner, other.balance, other.history)

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


class Registry:
    def __init__(self):
        self.items = {}
        self.count = 0

    def __getstate__(self):
        state = self.__dict__.copy()
        state["count"] = -1
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Custom:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print("  Custom.__deepcopy__ called")
        return Custom(self.v * 2)

    def __reduce__(self):
        return (Custom, (self.v + 100,))


def build(n):
    root = Node("root", meta={"level": 0, "tags": {"a", "b"}})
    for i in range(n):
        c = Node(f"c{i}", meta={"level": 1, "pt": Pt(i, -i)}, parent=root)
        c.children.append(Node(f"leaf{i}", parent=c))
        root.children.append(c)
    return root


def main():
    root = build(4)
    dup = copy.deepcopy(root)
    print(dup.name, len(dup.children), dup.children[2].meta, dup is root)
    print(dup.children[0].parent is dup, dup.children[0].parent is root)
    print(dup.meta["tags"] == root.meta["tags"], dup.meta is root.meta)
    shallow = copy.copy(root)
    print(shallow.children is root.children, shallow == root)
    lst = [1, [2, 3]]
    lst.append(lst)
    d2 = copy.deepcopy(lst)
    print(d2[2] is d2, d2[1] is lst[1])
    acc = Account("ann", 10)
    acc.history.append(("dep", 10))
    acc2 = copy.deepcopy(acc)
    acc2.history.append(("wd", 5))
    print(acc, acc2, acc.history, acc2.history, acc == copy.copy(acc))
    c = copy.deepcopy(Custom(4))
    print(c.v, copy.copy(Custom(1)).v)

    data = {
        "ints": [0, 1, -1, 255, 256, 65535, 2**31, -2**31 - 1, 2**64, -(2**100)],
        "floats": [0.0, -1.5, 1e300, float("inf")],
        "strs": ["", "ascii", "uni\u00e9", "\U0001F600" * 2],
        "bytes": b"\x00\xffabc",
        "nested": (1, (2, (3, None)), frozenset({1}), {4, 5}),
        "flags": [True, False, None],
        "od": OrderedDict(a=1, b=2),
        "pt": Pt(1, 2),
        "complex": 1 + 2j,
        "ba": bytearray(b"xy"),
    }
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        s = pickle.dumps(data, protocol=proto)
        back = pickle.loads(s)
        print(proto, back == data, type(back["od"]).__name__, back["pt"], type(back["nested"][2]).__name__)
    print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
    print(pickle.dumps(None), pickle.dumps(True), pickle.dumps(1), pickle.dumps("a"))
    print(pickle.dumps([1, 2, (3, "x")], protocol=2))
    print(pickle.dumps({"k": 1.5}, protocol=4))
    r = Registry()
    r.items["x"] = 1
    r.count = 3
    r2 = pickle.loads(pickle.dumps(r))
    print(r2.items, r2.count, r2.restored, type(r2).__name__)
    n2 = pickle.loads(pickle.dumps(root))
    print(n2.children[1].name, n2.children[1].parent is n2, n2.meta["tags"] == {"a", "b"})
    print(pickle.loads(pickle.dumps(Custom(1))).v)
    a2 = pickle.loads(pickle.dumps(acc))
    print(a2, a2.history)
    shared = [1, 2]
    pair = pickle.loads(pickle.dumps([shared, shared]))
    print(pair[0] is pair[1])
    dd = defaultdict(list, {"a": [1]})
    print(pickle.loads(pickle.dumps(dd)))
    try:
        pickle.dumps(lambda x: x)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        pickle.loads(b"garbage")
    except pickle.UnpicklingError as e:
        print("UnpicklingError", e)


if __name__ == "__main__":
    main()
