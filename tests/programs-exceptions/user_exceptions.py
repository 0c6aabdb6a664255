# Exception classes defined in the program: hierarchy, args, str, and catching by base.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key

try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, isinstance(e, Exception))

try:
    raise AppError("plain", 2)
except Exception as e:
    print(repr(e), str(e))

def find(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k) from None

print(find({"a": 1}, "a"))
find({}, "zz")
