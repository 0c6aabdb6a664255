# Without __all__, `from m import *` binds every name not starting with an underscore,
# imported modules included; it rebinds names the importer already had.
colour = "mine"
import sys
from palette import *
print(sorted(k for k in sys.modules[__name__].__dict__ if not k.startswith("__")))
print(colour, mix("red", "blue"), math.sqrt(16))
try:
    _private
except NameError as e:
    print(e)
