# Evaluation order: the subject once; value patterns, class names and mapping keys only when
# their case is tried; sub-patterns left to right; attributes read by class patterns in order.
trace = []


def note(what, value):
    trace.append(what)
    return value


class Recorder:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        trace.append("getattr " + name)
        if name == "missing":
            raise AttributeError(name)
        return name.upper()


class NS:
    pass


ns = NS()
ns.one = 1


def lookup(name):
    trace.append("lookup " + name)
    return ns


match note("subject", Recorder()):
    case Recorder(x, "b", c=ci):
        print("wrong")
    case Recorder("A", y, missing=m):
        print("wrong")
    case Recorder("A", y, extra=e):
        print("matched", y, e)
print(trace)

trace.clear()
match note("subject", {"k": 1}):
    case {"other": _}:
        pass
    case {"k": 2}:
        pass
    case {"k": v}:
        trace.append(f"bound v={v}")
print(trace)

for value in range(3):
    match value:
        case 0:
            continue
        case 1:
            print("one")
        case 2:
            break
    print("after match", value)


def early(x):
    for i in range(3):
        match (x, i):
            case (1, 1):
                return "returned at 1"
            case (_, 2):
                return "returned at 2"
    return "never"


print(early(1), early(0))
