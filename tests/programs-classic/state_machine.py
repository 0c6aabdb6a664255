# A vending machine as an Enum-driven state machine with match statements.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    OUT_OF_STOCK = auto()


class Coin(Enum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25


class Machine:
    def __init__(self, stock, price=35):
        self.state = State.IDLE
        self.credit = 0
        self.stock = stock
        self.price = price
        self.log = []

    def handle(self, event):
        match (self.state, event):
            case (State.OUT_OF_STOCK, _):
                self.log.append("sold out")
            case (State.IDLE | State.HAS_MONEY, ("coin", Coin() as coin)):
                self.credit += coin.value
                self.state = State.HAS_MONEY
                self.log.append(f"credit {self.credit}")
            case (State.HAS_MONEY, "push") if self.credit >= self.price:
                self.state = State.VENDING
                change = self.credit - self.price
                self.credit = 0
                self.stock -= 1
                self.log.append(f"vend, change {change}")
                self.state = State.IDLE if self.stock else State.OUT_OF_STOCK
            case (State.HAS_MONEY, "push"):
                self.log.append(f"need {self.price - self.credit} more")
            case (_, "refund"):
                self.log.append(f"refund {self.credit}")
                self.credit = 0
                self.state = State.IDLE
            case (state, other):
                self.log.append(f"ignored {other!r} in {state.name}")
        return self


m = Machine(stock=2)
for ev in [("coin", Coin.QUARTER), "push", ("coin", Coin.DIME), "push", "push", ("coin", Coin.QUARTER),
           ("coin", Coin.QUARTER), "push", "dance", "refund", ("coin", Coin.NICKEL), ("coin", Coin.DIME)]:
    m.handle(ev)
print("\n".join(m.log))
print(m.state, m.state.name, m.state.value, m.credit, m.stock)
print(list(State), State(2), State["VENDING"], Coin(10).name, Coin.QUARTER.value)
print(State.IDLE is State.IDLE, State.IDLE == 1, isinstance(Coin.DIME, Coin), len(Coin))
print({s.name: s.value for s in State}, repr(Coin.DIME), str(Coin.DIME))


def describe(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return f"circle of area {3.14159 * r * r:.2f}"
        case {"kind": "rect", "w": w, "h": h} if w == h:
            return f"square {w}x{h}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rect {w}x{h}"
        case [x, y]:
            return f"point {x},{y}"
        case [x, y, *rest]:
            return f"polyline with {len(rest) + 2} numbers"
        case str() as s if s:
            return f"label {s!r}"
        case int() | float() as n:
            return f"number {n}"
        case None:
            return "nothing"
        case _:
            return "unknown"


for s in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 3}, {"kind": "rect", "w": 2, "h": 5, "c": 1},
          (1, 2), [1, 2, 3, 4], "hello", "", 7, 2.5, None, {"kind": "blob"}]:
    print(describe(s))
