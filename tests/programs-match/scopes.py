# Captures follow the ordinary scope rules: locals in functions, cells for closures, the
# namespace in class bodies, globals at module level, nonlocal/global declarations.
def outer(v):
    match v:
        case [head, *tail]:
            pass

    def inner():
        return head, tail
    return inner()


print(outer([1, 2, 3]))


class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass


print(Config.debug, Config.level)

counter = 0


def bump(v):
    global counter
    match v:
        case int(counter):
            pass


bump(10)
print(counter)


def make():
    total = None

    def set_total(v):
        nonlocal total
        match v:
            case (a, b) as total:
                pass
    set_total((1, 2))
    return total


print(make())
print([m for v in [(1, 2), 3, (4, 5)] for m in [v] if isinstance(v, tuple)])


def gen(values):
    for v in values:
        match v:
            case [x, y]:
                yield x + y
            case x:
                yield x


print(list(gen([[1, 2], 5, (3, 4)])))
