# `from m import *` honours __all__ (private names included when listed); names outside it
# stay out. A package's __all__ may name submodules, which are then imported.
import sys
from tools import *
print(sorted(k for k in sys.modules[__name__].__dict__ if not k.startswith("__")))
print(add(2, 3), _secret(), VERSION)
try:
    print(hidden)
except NameError as e:
    print(e)
from kit import *
print(hammer.NAME, saw.NAME)
import sys
print("kit.drill" in sys.modules)
