# A module whose body raises is not left in sys.modules: a second import runs it again; the
# uncaught error's traceback goes through the import statement into the module body.
import sys
try:
    import flaky
except ValueError as e:
    print("first import failed:", e, "| in sys.modules:", "flaky" in sys.modules)
print("importing again")
import flaky
