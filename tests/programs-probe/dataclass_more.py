# dataclasses: __post_init__ chains, field ordering and frozen-inheritance errors, metadata, factories, InitVar with replace(), match_args, compare=False, slots+frozen with copy/pickle.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, is_dataclass, FrozenInstanceError
import dataclasses
@dataclass
class Base:
    x: int
    y: int = 0
    def __post_init__(self):
        print('Base.post_init', self)
@dataclass
class Child(Base):
    z: int = 5
    def __post_init__(self):
        super().__post_init__()
        print('Child.post_init')
c = Child(1, 2, 3)
print(c, Child.__init__.__doc__ if False else '', [f.name for f in fields(c)])
try:
    @dataclass
    class Bad(Base):
        w: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True, eq=False)
    class B2:
        a: int
except ValueError as e:
    print('ValueError:', e)
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class NF(F):
        b: int = 0
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(frozen=True)
    class FN(Base):
        b: int = 0
except TypeError as e:
    print('TypeError:', e)
@dataclass
class M:
    a: int = field(default=1, metadata={'unit': 'cm'})
    b: list = field(default_factory=lambda: [1, 2])
print(fields(M)[0].metadata['unit'], type(fields(M)[0].metadata).__name__, M(), M() == M(), M() is not M())
print(asdict(M(), dict_factory=lambda kv: sorted(kv)), astuple(M(b=[(1, 2)]), tuple_factory=list))
@dataclass
class P:
    x: int
    y: int
print(P(1, 2) == P(1, 2), P(1, 2) == (1, 2), P(1, 2) != P(2, 1), hash(P) is not None, P.__hash__)
@dataclass(eq=True, frozen=True)
class H:
    v: int
print(hash(H(3)) == hash((3,)), {H(1): 'a'}[H(1)])
@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    name: str = 'n'
print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.count)
@dataclass
class Init:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(Init(3), Init(3, 10), replace(Init(1), scale=5))
print(repr(field(default=1))[:6], is_dataclass(Init(1)), dataclasses.fields.__name__)
@dataclass(match_args=False, repr=True)
class NM:
    a: int
print(hasattr(NM, '__match_args__'))
@dataclass
class Rec:
    name: str
    tags: list = field(default_factory=list, repr=False, compare=False)
    def __repr__(self): return f'Rec<{self.name}>'
print(Rec('r'), Rec('a') == Rec('a', ['x']))
@dataclass
class Ordered:
    a: int
    b: str = field(compare=False, default='')
print(Ordered(1, 'x') == Ordered(1, 'y'))
try:
    Ordered(1) < Ordered(2)
except TypeError as e:
    print('TypeError:', e)
@dataclass(slots=True, frozen=True)
class SF:
    a: int
    b: int = 2
sf = SF(1)
print(sf, hash(sf) == hash(SF(1)), SF.__slots__)
try:
    sf.a = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
import copy, pickle
print(copy.deepcopy(sf), pickle.loads(pickle.dumps(P(1, 2))))
@dataclass
class Defaults:
    a: int = 1
    b: tuple = (1, 2)
    c: frozenset = frozenset()
print(Defaults(), Defaults.a, Defaults.__dataclass_fields__['b'].default)
print(dataclasses.asdict(Child(1)), {f.name: f.type for f in fields(Child)})
