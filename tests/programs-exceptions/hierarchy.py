# The builtin exception classes and their bases, as except clauses see them.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (IndexError, LookupError), (KeyError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
    (ConnectionResetError, ConnectionError), (ConnectionError, OSError),
    (UnicodeError, ValueError),
    (DeprecationWarning, Warning), (Warning, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (StopIteration, Exception), (AssertionError, Exception),
]
for cls, base in checks:
    try:
        raise cls("m")
    except base as e:
        print(cls.__name__, "is caught by", base.__name__, "->", repr(e))

for cls in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise cls
        except Exception:
            print("wrong: Exception caught", cls.__name__)
    except BaseException as e:
        print("only BaseException catches", type(e).__name__)

print(isinstance(KeyError("k"), LookupError), isinstance(KeyError("k"), IndexError))
print(str(KeyError("k")), str(KeyError("k", 1)), str(KeyError()), repr(KeyError("k")))
print(str(IndexError("i")), repr(IndexError("i", 2)), repr(OSError()))

try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

try:
    x = [][1]
except (KeyError, TypeError, IndexError) as e:
    print("tuple:", e)

try:
    try:
        x = [][1]
    except (KeyError, (TypeError, IndexError)) as e:
        print("nested tuple:", e)
except TypeError as e:
    print("nested tuples are not allowed:", e)
