# Attributes of builtin exceptions: SystemExit.code (sys.exit caught), StopIteration.value, OSError errno/strerror.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("code", repr(e.code), e.args)
try:
    sys.exit("bye")
except SystemExit as e:
    print("code", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", repr(e.code), e.args)
try:
    raise StopIteration(5)
except StopIteration as e:
    print("value", e.value)
try:
    next(iter([]))
except StopIteration as e:
    print("value", e.value, e.args)
try:
    raise OSError(5, "I/O error")
except OSError as e:
    print(e, e.errno, e.strerror, repr(e))
try:
    raise SystemExit(4)
except SystemExit as e:
    print(e.code)
def f():
    try:
        sys.exit(7)
    finally:
        print("cleanup")
f()
