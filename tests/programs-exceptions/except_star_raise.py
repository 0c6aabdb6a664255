# What an except* statement raises: new exceptions from its clauses join the unhandled rest in
# a new ExceptionGroup(""); a bare `raise` re-raises the matched part, which keeps its place.
def show(label, body):
    try:
        body()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   ", repr(sub), "context:", repr(sub.__context__))


def new_from_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise


def bare_raise_and_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass


def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise IndexError("from ValueError")
    except* TypeError:
        raise LookupError("from TypeError")


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise RuntimeError("replaced") from e


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def raise_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise ExceptionGroup("handler", [OSError(2)])


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass


for f in [new_from_handler, bare_raise, bare_raise_and_handled, two_new, naked_new, naked_reraise,
          raise_group_in_handler, all_handled]:
    show(f.__name__, f)


def cause_kept():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise TypeError("t") from e


# One new exception and nothing left over: it is raised as it is, not in a group.
try:
    cause_kept()
except TypeError as e:
    print(repr(e), repr(e.__cause__))
