"""Exception hierarchies as library code writes them: explicit base-class __init__/__str__ calls."""


class AppError(Exception):
    def __init__(self, message, code=1):
        Exception.__init__(self, message)
        self.code = code


class NotFound(AppError, LookupError):
    def __init__(self, key):
        AppError.__init__(self, f"missing {key!r}", code=404)
        self.key = key

    def __str__(self):
        return "NotFound: " + Exception.__str__(self)


class Wrapped(ValueError):
    def __repr__(self):
        return "<" + BaseException.__repr__(self) + ">"


def find(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(key) from None


for key in ("a", "zz"):
    try:
        print(find({"a": 1}, key))
    except AppError as e:
        print(type(e).__name__, e, e.args, e.code, e.key, isinstance(e, LookupError), e.__cause__, e.__suppress_context__)
w = Wrapped("bad", 2)
print(repr(w), str(w), w.args)
Exception.__init__(w, "reset")
print(w.args, str(w))
try:
    Exception.__init__(5)
except TypeError:
    print("TypeError for a non-exception self")
e = ValueError("v")
print(Exception.with_traceback(e, None) is e)
Exception.add_note(e, "note1")
print(e.__notes__)
print(Exception.__str__(ValueError("x", 1)), Exception.__repr__(OSError(2, "x")), str(OSError(2, "nf")))
