# Tutorial chapter 8: errors and exceptions
for src in ("while True print('Hello world')", "10 * (1/0)", "4 + spam*3", "'2' + 2"):
    try:
        exec(src)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

def read_numbers(items):
    for item in items:
        try:
            x = int(item)
            print("got", x)
            break
        except ValueError:
            print("Oops!  That was no valid number.  Try again...")

read_numbers(["abc", "4.5", "17"])

class B(Exception):
    pass
class C(B):
    pass
class D(C):
    pass

for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")

for cls in [B, C, D]:
    try:
        raise cls()
    except B:
        print("B")
    except C:
        print("C")
    except D:
        print("D")

try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))
    print(inst.args)
    print(inst)
    x, y = inst.args
    print('x =', x)
    print('y =', y)

def this_fails():
    x = 1/0

try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)

try:
    raise NameError('HiThere')
except NameError:
    print('An exception flew by!')

def func():
    raise ConnectionError

try:
    try:
        func()
    except ConnectionError as exc:
        raise RuntimeError('Failed to open database') from exc
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        open('database.sqlite')
    except OSError:
        raise RuntimeError from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__context__ is not None, e.__suppress_context__)

try:
    try:
        {}['k']
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__))

class InsufficientFunds(Exception):
    """Raised when a withdrawal exceeds the balance."""
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}; balance is {balance}")
        self.balance = balance
        self.amount = amount

try:
    raise InsufficientFunds(10, 25)
except InsufficientFunds as e:
    print(e, e.balance, e.amount, repr(e), e.args)

def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")

divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print("TypeError:", e)

def bool_return():
    try:
        return True
    finally:
        return False
print(bool_return())

def count_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
count_finally()

def f():
    excs = [OSError('error 1'), SystemError('error 2')]
    raise ExceptionGroup('there were problems', excs)

try:
    f()
except Exception as e:
    print(f'caught {type(e)}: e')
    print(repr(e), e.message, len(e.exceptions))

def f():
    raise ExceptionGroup(
        "group1",
        [
            OSError(1),
            SystemError(2),
            ExceptionGroup(
                "group2",
                [
                    OSError(3),
                    RecursionError(4)
                ]
            )
        ]
    )

try:
    f()
except* OSError as e:
    print("There were OSErrors", repr(e))
except* SystemError as e:
    print("There were SystemErrors", repr(e))
except* RecursionError as e:
    print("There were RecursionErrors", repr(e))

excs = []
for test in [1, 0, 2, 'x']:
    try:
        if test == 'x':
            raise TypeError(f"bad test {test!r}")
        100 / test
    except Exception as e:
        e.add_note(f'Happened in Iteration {test}')
        excs.append(e)
if excs:
    eg = ExceptionGroup("Tests failed", excs)
    print(repr(eg), [e.__notes__ for e in eg.exceptions])
    match_, rest = eg.split(ZeroDivisionError)
    print(repr(match_), repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))

try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__)

try:
    raise ExceptionGroup("empty?", [])
except ValueError as e:
    print("ValueError:", e)
try:
    raise ExceptionGroup("not exc", [1])
except ValueError as e:
    print("ValueError:", e)

import sys
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    int("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
with open(__file__) as fh:
    print(fh.readline().strip())
print(issubclass(FileNotFoundError, OSError), FileNotFoundError.__mro__[1:3], ZeroDivisionError.__bases__)
print(StopIteration().value, KeyError('k'), str(KeyError('k')), repr(OSError(2, 'No such file')), str(OSError(2, 'No such file')))

class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError

with Resource("a") as r, Resource("b"):
    raise KeyError("swallowed")
print("after with")
try:
    with Resource("c"):
        raise ValueError("not swallowed")
except ValueError as e:
    print("ValueError:", e)

raise InsufficientFunds(1, 2)
