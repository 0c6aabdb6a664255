class A(B, C, metaclass=M): pass
class D[T](Generic[T]): pass
class E(*bases, **kw): pass
