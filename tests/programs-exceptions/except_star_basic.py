# try/except*: each clause handles the matching part of a group; the rest goes on to the next
# clauses and is re-raised at the end; naked exceptions are wrapped in ExceptionGroup("").
import sys


def run(exc):
    print("raising", repr(exc))
    try:
        try:
            raise exc
        except* ValueError as e:
            print("  ValueError clause:", repr(e), "handled:", repr(sys.exception()))
        except* (TypeError, KeyError) as e:
            print("  TypeError/KeyError clause:", repr(e))
        except* ArithmeticError:
            print("  ArithmeticError clause")
        else:
            print("  else")
        finally:
            print("  finally")
    except BaseException as left:
        print("  left over:", repr(left))
    print("  after: handled is", sys.exception())


run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ZeroDivisionError(4), OSError(5)]))
run(ExceptionGroup("g", [ValueError(1), ExceptionGroup("nested", [ValueError(2), OSError(3)])]))
run(ValueError("naked"))
run(OSError("unhandled naked"))
run(ExceptionGroup("only os", [OSError(1)]))

try:
    pass
except* ValueError:
    print("wrong")
else:
    print("no exception: else runs")

# The clause's name is unbound afterwards, like `except ... as name`.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as bound:
    pass
try:
    print(bound)
except NameError as e:
    print("NameError:", e)

# except* inside a loop and a function.
def count(groups):
    n = 0
    for g in groups:
        try:
            raise g
        except* ValueError as e:
            n += len(e.exceptions)
        except* TypeError:
            n += 100
    return n


print(count([ExceptionGroup("a", [ValueError(), ValueError()]), ExceptionGroup("b", [TypeError()]), ValueError()]))
