# sys.modules is the import cache: the same object every time, an entry put there by hand is
# what `import` returns, a removed entry is loaded (and run) again; sys.path is searched in
# order and may be changed by the program.
import sys
import counter
import counter as again
print(counter is again is sys.modules["counter"], counter.RUNS)
del sys.modules["counter"]
import counter as fresh
print(fresh is counter, fresh.RUNS, counter.RUNS)
sys.modules["fake"] = counter
import fake
print(fake is counter)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys.path).__name__, sys.path[0] == sys.path[0].rstrip("/"), sys.path[0].endswith("sys_modules"))
try:
    import extra
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, sys.path[0] + "/plugins")
import extra
print(extra.WHO, extra.__file__.endswith("plugins/extra.py"))
print(sys.modules["sys"] is sys, "__main__" in sys.modules, "extra" in sys.modules)
