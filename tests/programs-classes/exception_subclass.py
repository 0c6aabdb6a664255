# Exception subclasses with extra attributes, their own __init__/__new__/__repr__, several
# builtin exception bases, and vars() of an exception.


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


class NotFound(AppError, KeyError):
    pass


try:
    raise NotFound("gone", code=404)
except KeyError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e), isinstance(e, AppError), e.__dict__)
print(issubclass(NotFound, LookupError), NotFound.__mro__)


class WithRepr(Exception):
    def __repr__(self):
        return f"WithRepr<{self.args}>"


print(repr(WithRepr(1)), [WithRepr()], str(WithRepr("s")))


class Tagged(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.tag = "new"
        return self


t = Tagged(1, 2)
print(t.tag, t.args, Tagged("x").tag)
e = AppError("m", code=3)
e.note = 5
print(sorted(vars(e)), getattr(e, "code"), vars(ValueError("plain")) if False else "-", vars(Tagged()))


class Retry(ValueError):
    __slots__ = ()


try:
    raise Retry("again")
except ValueError as err:
    print(repr(err), type(err).__mro__[1].__name__)
raise NotFound("missing key", code=7)
