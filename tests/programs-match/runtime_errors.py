# The TypeErrors CPython raises while matching class and mapping patterns.
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


not_a_class = len


def attempt(label, function):
    try:
        print(label, function())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


def c1():
    match NoArgs():
        case NoArgs(1):
            return "wrong"


def c2():
    match 1:
        case NoArgs(1):
            return "wrong"
    return "no isinstance, no error"


def c3():
    match ListArgs():
        case ListArgs(1):
            return "wrong"


def c4():
    match IntArgs():
        case IntArgs(1):
            return "wrong"


def c5():
    match Two():
        case Two(1, a=1):
            return "wrong"


def c6():
    match Two():
        case Two(1, 2, 3):
            return "wrong"


def c7():
    match 5:
        case int(1, 2):
            return "wrong"


def c8():
    match 5:
        case not_a_class():
            return "wrong"


def c9():
    match "s":
        case str(1, 2, 3):
            return "wrong"


def c10():
    match Two():
        case Two(1, 2):
            return "two positional ok"


def c11():
    class Keys:
        X = "x"
        Y = "x"
    match {"x": 1, "y": 2}:
        case {Keys.X: 1, Keys.Y: 1}:
            return "wrong"


def c12():
    match {"x": 1}:
        case {"x": 1, Keys.Y: 1}:
            return "wrong"
    return "length check first"


def c13():
    match {[]: 1} if False else {"a": 1}:
        case {"a": a}:
            return f"a={a}"


for i, case in enumerate([c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13], 1):
    attempt(f"c{i}", case)
