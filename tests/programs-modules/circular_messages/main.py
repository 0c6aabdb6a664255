# The AttributeErrors of a module that is still being imported, as CPython 3.13 words them:
# a partially initialized module from another directory, and a module of the script's own
# directory (which might shadow a library).
import sys
sys.path.append(sys.path[0] + "/lib")


def show(e):
    print(type(e).__name__ + ":", str(e).replace(sys.path[0] + "/", ""))


try:
    import left
except AttributeError as e:
    show(e)
try:
    import local_a
except AttributeError as e:
    show(e)
try:
    import pkg.child
except AttributeError as e:
    show(e)
print(sorted(m for m in ("left", "right", "local_a", "local_b", "pkg", "pkg.child") if m in sys.modules))
