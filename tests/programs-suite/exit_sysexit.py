# sys.exit with a message: finally blocks and atexit run, the message goes to stderr, exit status 1
import sys, atexit
atexit.register(lambda: print("atexit handler"))
def work():
    try:
        print("working")
        sys.exit("fatal: giving up")
    finally:
        print("cleanup in finally")
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught", repr(e.code), e.args)
try:
    raise SystemExit(3)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    exit(4)
except SystemExit as e:
    print("exit() raised", e.code)
work()
print("not reached")
