# Module attributes: a module-level __getattr__ (PEP 562) answers missing names, including
# for `from m import name`; attributes can be set and deleted from outside.
import lazy
print(lazy.real, lazy.virtual_one, lazy.virtual_two)
from lazy import computed_name
print(computed_name)
try:
    lazy.forbidden
except AttributeError as e:
    print("AttributeError:", e)
lazy.added = 5
print(lazy.added, "added" in lazy.__dict__)
del lazy.added
print(hasattr(lazy, "added"))
try:
    del lazy.never
except AttributeError as e:
    print("AttributeError:", e)
import plain
try:
    plain.missing
except AttributeError as e:
    print("AttributeError:", e)
