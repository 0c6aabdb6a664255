# The errors of the import system, caught: their types and CPython's messages.
import sys


def attempt(code):
    try:
        exec_import(code)
    except ImportError as e:
        text = str(e).replace(sys.path[0] + "/", "")
        print(f"{code:35} -> {type(e).__name__}: {text}", isinstance(e, ImportError))


def exec_import(code):
    if code == "import nothere":
        import nothere
    elif code == "import pkg.missing":
        import pkg.missing
    elif code == "import plain.sub":
        import plain.sub
    elif code == "from plain import nope":
        from plain import nope
    elif code == "from pkg import absent":
        from pkg import absent
    elif code == "from sys import path, nope":
        from sys import path, nope
    elif code == "import nothere.deeper":
        import nothere.deeper
    elif code == "from pkg.inner import x":
        from pkg.inner import x


for code in ["import nothere", "import pkg.missing", "import plain.sub", "from plain import nope",
             "from pkg import absent", "from sys import path, nope", "import nothere.deeper",
             "from pkg.inner import x"]:
    attempt(code)
try:
    from . import sibling
except ImportError as e:
    print("relative:", e)
print(issubclass(ModuleNotFoundError, ImportError), "nothere" in sys.modules, "pkg" in sys.modules)
