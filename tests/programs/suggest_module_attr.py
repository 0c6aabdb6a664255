# AttributeError on a module suggests the closest public name of the module.
import math
print(math.floor(2.5))
print(math.sine(0))
