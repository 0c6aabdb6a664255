# Re-raising an outer exception while handling an inner one: CPython cuts the context cycle.
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as c:
    print(repr(c), repr(c.__context__), repr(c.__context__.__context__))

def again():
    try:
        raise KeyError("x")
    except KeyError as e:
        try:
            raise e
        except KeyError as same:
            return same is e, repr(same.__context__)
print(again())
