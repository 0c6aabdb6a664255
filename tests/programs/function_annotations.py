# Function __annotations__: parameters in CPython's order (args, posonly, *args, kwonly, **kw),
# then return; an unannotated def gets an empty dict, kept; typing.get_type_hints reads them.
def f(a: int, b: "str" = "x", *args: float, c: list[int], **kw: dict) -> bool:
    return True
print(f.__annotations__, sorted(f.__dict__))
def g(x): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
class C:
    def m(self, __p: int) -> None: pass
print(C.m.__annotations__)
import typing
print(typing.get_type_hints(f))
