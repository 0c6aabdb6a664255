# A relative import in the script itself: the script is no package, so CPython raises.
print("before")
from . import helper
