class Empty:
    pass

class Child(Base, metaclass=Meta, **extra):
    attr: int = 0

    def method(self):
        return self.attr

class Plain():
    """Doc."""

@dataclass(frozen=True)
class Point:
    x: float
    y: float
