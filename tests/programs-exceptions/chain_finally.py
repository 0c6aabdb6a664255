# An exception in a finally block entered by another exception, and a bare re-raise.
def g():
    try:
        [][1]
    finally:
        print("cleaning up")
        {}["gone"]

try:
    g()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))

def h():
    try:
        raise ValueError("first")
    except ValueError:
        print("handling")
        raise

h()
