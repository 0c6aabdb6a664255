# User exception classes: raise/except along the MRO, args, attributes set in __init__, super().__init__.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found")
        self.key = key
        self.where = where

class Retry(AppError, ValueError):
    pass

try:
    raise AppError("plain")
except AppError as e:
    print("caught", type(e).__name__, e, e.args, repr(e))

try:
    raise NotFound("k1")
except AppError as e:
    print("caught", type(e).__name__, e, e.args, e.key, e.where, isinstance(e, NotFound), isinstance(e, Exception))

for exc in (Retry("r"), NotFound("k2", where="cache"), KeyError("x")):
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch", type(e).__name__, e)
    except NotFound as e:
        print("NotFound branch", e.where)
    except Exception as e:
        print("Exception branch", type(e).__name__)

try:
    raise AppError
except Exception as e:
    print("class raised", type(e).__name__, e.args)

print(issubclass(NotFound, Exception), issubclass(Retry, ValueError), [c.__name__ for c in Retry.__mro__])

def check(n):
    if n < 0:
        raise NotFound(n)
    return n

print(check(3))
check(-1)
