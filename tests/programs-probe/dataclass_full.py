# dataclasses: field(), order, frozen, __post_init__, InitVar, slots=True, kw_only, helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
from typing import ClassVar

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, label='beta'), Version(1, 2, label='x')]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, label='other'), Version(1) < Version(1, 0, 1))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(init=False, default=0)
    secret: str = field(default='s', repr=False)
    tax: InitVar[float] = 0.1
    kind: ClassVar[str] = 'inv'
    def __post_init__(self, tax):
        self.count = len(self.items)
        self.rate = tax * 100

i = Inventory('shop', ['a', 'b'], tax=0.2)
print(i, i.count, i.rate, Inventory.kind)
print([f.name for f in fields(i)], [f.name for f in fields(Inventory) if f.init])
print(asdict(i), astuple(i))
i2 = replace(i, name='other', tax=0.5)
print(i2, i2.rate)
try:
    replace(i, count=3)
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print('ValueError:', e)

@dataclass(frozen=True)
class Pt:
    x: float
    y: float = 0.0
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = Pt(3, 4)
print(p, p.dist(), hash(p) == hash(Pt(3, 4)), {p, Pt(3, 4)})
try:
    p.x = 1
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    del p.y
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print('AttributeError:', e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(3)
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3), Mixed(1, b=5, c=6))

@dataclass
class Node:
    val: int
    children: list['Node'] = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))

@dataclass(unsafe_hash=True)
class UH:
    v: int
    w: list = field(hash=False, default=None)
print(hash(UH(1)) == hash(UH(1, [2])))

@dataclass
class Child(Version):
    extra: int = 9
print(Child(1, 2, 3, 'l', 4), is_dataclass(Child), is_dataclass(Child(1)), is_dataclass(int))
Dyn = make_dataclass('Dyn', [('a', int), ('b', str, field(default='z'))], namespace={'twice': lambda self: self.a * 2})
d = Dyn(4)
print(d, d.twice(), Dyn.__name__)
print(Version.__match_args__, Opts.__match_args__, Mixed.__match_args__)
f0 = fields(Version)[3]
print(f0.name, f0.default, f0.compare, f0.repr, f0.init)
print(repr(Version.__dataclass_params__)[:40] if False else 'ok')
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))
