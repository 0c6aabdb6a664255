# A script-directory module named like a standard library module shadows it (the script's
# directory comes first on sys.path); CPython 3.13 says so when an attribute is missing.
import random
print(random.__name__, random.roll())
print(random.randint(1, 6))
