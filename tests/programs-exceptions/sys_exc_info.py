# sys.exception() and sys.exc_info() follow the handler being run, nested handlers included.
import sys

print(sys.exception(), sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, _ = sys.exc_info()
    print(t.__name__, repr(v), repr(sys.exception()))
    try:
        raise KeyError("k")
    except KeyError:
        print(repr(sys.exception()))
    print("back to", repr(sys.exception()))
print(sys.exception())

def f():
    try:
        raise ValueError("in f")
    finally:
        print("finally sees", repr(sys.exception()))

try:
    f()
except ValueError:
    pass
print(sys.exc_info())
