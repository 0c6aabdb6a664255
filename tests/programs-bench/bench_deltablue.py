"""A small one-way constraint solver in the DeltaBlue style (own version)."""
from __future__ import annotations
import gc
import sys
from abc import ABC, abstractmethod
from functools import total_ordering


@total_ordering
class Strength:
    __slots__ = ("value", "name")
    _all = {}

    def __init__(self, value, name):
        self.value = value
        self.name = name
        Strength._all[name] = self

    def __eq__(self, other):
        return isinstance(other, Strength) and self.value == other.value

    def __lt__(self, other):
        # lower value means stronger
        return self.value > other.value

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"Strength.{self.name}"

    @staticmethod
    def weakest_of(a, b):
        return a if a < b else b


REQUIRED = Strength(0, "REQUIRED")
STRONG_PREFERRED = Strength(1, "STRONG_PREFERRED")
PREFERRED = Strength(2, "PREFERRED")
STRONG_DEFAULT = Strength(3, "STRONG_DEFAULT")
NORMAL = Strength(4, "NORMAL")
WEAK_DEFAULT = Strength(5, "WEAK_DEFAULT")
WEAKEST = Strength(6, "WEAKEST")


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self._value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    def __repr__(self):
        return f"Variable({self.name!r}, {self._value})"


class Constraint(ABC):
    def __init__(self, strength):
        self.strength = strength

    @abstractmethod
    def execute(self):
        ...

    @abstractmethod
    def inputs(self):
        ...

    def __str__(self):
        return f"{type(self).__name__}<{self.strength.name.lower()}>"


class Stay(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.output = v

    def execute(self):
        pass

    def inputs(self):
        return []


class Edit(Stay):
    def __init__(self, v, strength):
        super().__init__(v, strength)
        self.pending = None

    def execute(self):
        if self.pending is not None:
            self.output.value = self.pending


class ScaleOffset(Constraint):
    def __init__(self, src, scale, offset, dst, strength):
        super().__init__(strength)
        self.src, self.scale, self.offset, self.output = src, scale, offset, dst

    def execute(self):
        self.output.value = self.src.value * self.scale + self.offset

    def inputs(self):
        return [self.src]


class Equality(ScaleOffset):
    def __init__(self, a, b, strength):
        super().__init__(a, 1, 0, b, strength)


class Planner:
    def __init__(self):
        self.constraints = []
        self.by_output = {}

    def add(self, c):
        cur = self.by_output.get(id(c.output))
        if cur is None or c.strength > cur.strength or c.strength == cur.strength:
            self.by_output[id(c.output)] = c
            c.output.determined_by = c
            c.output.walk_strength = c.strength
        self.constraints.append(c)
        return c

    def plan(self):
        # topological order over chosen constraints
        order, seen = [], set()

        def visit(c):
            if id(c) in seen:
                return
            seen.add(id(c))
            for v in c.inputs():
                d = v.determined_by
                if d is not None:
                    visit(d)
            order.append(c)
        for c in sorted(self.by_output.values(), key=lambda c: (c.strength, str(c))):
            visit(c)
        return order

    def run(self):
        for c in self.plan():
            c.execute()


def chain_test(n):
    planner = Planner()
    vars_ = [Variable(f"v{i}") for i in range(n + 1)]
    for i in range(n):
        planner.add(Equality(vars_[i], vars_[i + 1], REQUIRED))
    planner.add(Stay(vars_[n], STRONG_DEFAULT))
    edit = planner.add(Edit(vars_[0], PREFERRED))
    results = []
    for v in range(1, 6):
        edit.pending = v * 17
        planner.run()
        results.append(vars_[n].value)
    return results


def projection_test(n):
    planner = Planner()
    scale = 10
    offset = 1000
    src, dst = [], []
    for i in range(n):
        s = Variable(f"src{i}", i)
        d = Variable(f"dst{i}", i)
        src.append(s)
        dst.append(d)
        planner.add(Stay(s, NORMAL))
        planner.add(ScaleOffset(s, scale, offset, d, REQUIRED))
    planner.run()
    return [d.value for d in dst[:5]], dst[-1]


def main():
    gc.collect()
    print(chain_test(50))
    print(projection_test(40))
    print(sorted([NORMAL, REQUIRED, WEAKEST, PREFERRED]))
    print(REQUIRED > WEAKEST, NORMAL <= NORMAL, Strength.weakest_of(STRONG_DEFAULT, WEAK_DEFAULT))
    print(str(Edit(Variable("e"), STRONG_PREFERRED)), len(Strength._all))
    try:
        Constraint(NORMAL)
    except TypeError as e:
        print("TypeError:", e)
    print(gc.isenabled())


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    main()
