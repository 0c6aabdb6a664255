def f(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    pass

def g(a, /):
    pass

def h(*, kw):
    pass

def i(a: int = 1, /, b: str = "b", *args: tuple, c: bool, **kw: dict) -> None:
    pass

def j(*args, **kwargs):
    pass

def k(a=1, /, b=2):
    pass
