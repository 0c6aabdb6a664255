def simple():
    pass

def with_returns(x) -> int:
    return x

def defaults(a, b=1, *, c, d=2) -> "str":
    """Docstring."""
    return str(a + b + c + d)

def one_line(): return None
