# CPython's messages for what cannot be subclassed, combined or created.


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


def bool_base():
    class B(bool):
        pass


def layout():
    class LD(list, dict):
        pass


def conflict():
    class M1(type):
        pass

    class M2(type):
        pass

    class A(metaclass=M1):
        pass

    class B(metaclass=M2):
        pass

    class C(A, B):
        pass


def mro():
    class A:
        pass

    class B(A):
        pass

    class C(A, B):
        pass


def duplicate():
    class A:
        pass

    class B(A, A):
        pass


class L(list):
    pass


attempt("bool base", bool_base)
attempt("layout", layout)
attempt("metaclass", conflict)
attempt("mro", mro)
attempt("duplicate", duplicate)
attempt("object.__new__", lambda: object.__new__(L))
attempt("int.__new__", lambda: int.__new__(L))
attempt("int.__new__ not a type", lambda: int.__new__(5))
attempt("unhashable", lambda: hash(L()))
attempt("no args", lambda: type("T", (), {})(1))
attempt("type() args", lambda: type("T", ()))
attempt("bases not types", lambda: type("T", (1,), {}))
attempt("ns not dict", lambda: type("T", (), []))


class Init:
    def __init__(self):
        return 1


attempt("init returns", Init)


class Slotted:
    __slots__ = ("a",)


def set_b():
    Slotted().b = 1


attempt("slots", set_b)
attempt("class assign", lambda: setattr(Slotted(), "__class__", Init))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Final(L, metaclass=Meta):
    pass


print(Final([1, 2]), type(Final).__name__, Final.__mro__)
int.__new__(Final)
