# Calls with positional, keyword, *args and **kwargs; attribute loads and method calls.
import math
import sys as system
from math import sqrt, floor as fl
args = [1, 2]
kwargs = {'sep': '-'}
print(*args, **kwargs)
print(0, *args, 3, sep=':', **kwargs, end='\n')
print('a b'.split(), math.sqrt(4.0), sqrt(9), fl(2.5), system.maxsize > 0)
print(sep='', *args)
