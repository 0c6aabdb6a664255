# A misspelt name in `from m import name`: CPython 3.13's traceback suggests the module's
# closest public name (the message itself, str(e), has no suggestion).
import stats
print(stats.mean([1, 2, 3]))
try:
    stats.meen
except AttributeError as e:
    print("AttributeError:", e)
from stats import median_of
