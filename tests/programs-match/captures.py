# Capture and wildcard patterns; names bound by a case stay bound after the match, names of a
# case whose guard failed stay bound too, and a failed pattern binds nothing.
def show(label):
    bound = []
    for name, read in [("a", lambda: a), ("b", lambda: b), ("c", lambda: c), ("rest", lambda: rest), ("x", lambda: x)]:
        try:
            bound.append((name, read()))
        except NameError:
            pass
    print(label, bound)


match 42:
    case x:
        print("captured", x)
show("after capture:")

match [1, 2]:
    case [a, 3]:
        print("wrong")
    case [a, b] if a > 5:
        print("wrong")
    case _:
        print("wildcard")
show("after failed guard:")

match (7, 8, 9):
    case (c, *rest):
        print(c, rest)
show("after star:")

match "text":
    case _:
        print("wildcard binds nothing")
try:
    print(_)
except NameError as e:
    print("NameError:", e)


def local_scope(v):
    match v:
        case [first, *_]:
            pass
        case other:
            return ("other", other)
    return ("first", first)


print(local_scope([5, 6]))
print(local_scope("str"))
try:
    def unbound():
        match 3:
            case [q]:
                pass
            case _:
                pass
        return q
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
