def first[T](items: list[T]) -> T:
    return items[0]

def bounded[T: int, U: (str, bytes)](a: T, b: U) -> None:
    pass

class Box[T]:
    def get(self) -> T: ...

class Variadic[*Ts, **P]:
    pass

def with_defaults[T = int, *Ts = *tuple[int], **P = [int, str]]():
    pass

class Both[K: str = str, V = object](Base):
    pass
