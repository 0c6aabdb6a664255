# Importing by computed name: importlib.import_module (absolute and relative), __import__
# with and without fromlist, and importlib.reload running a module's body again in place.
import importlib
import sys

for name in ["alpha", "beta"]:
    plugin = importlib.import_module("plugins." + name)
    print(plugin.__name__, plugin.run())
print(importlib.import_module(".alpha", "plugins") is sys.modules["plugins.alpha"])
top = __import__("plugins.beta")
print(top.__name__, __import__("plugins.beta", fromlist=["run"]).__name__)
try:
    importlib.import_module(".alpha")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("plugins.gamma")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import state
state.counter = 41
state.bump()
keep = state.bump
again = importlib.reload(state)
print(again is state, state.counter, keep is state.bump, keep())
