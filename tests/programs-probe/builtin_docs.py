# __doc__ of builtin functions, methods, types, exceptions and user classes (help()-style programs print them).
import math
print(len.__doc__); print(print.__doc__); print(int.__doc__[:60]); print(str.upper.__doc__, 'x'.upper.__doc__, [].append.__doc__)
print(dict.get.__doc__, math.sqrt.__doc__, ValueError.__doc__, KeyError('x').__doc__, bool.__doc__)
print(list.__doc__, type.__doc__[:20], object.__doc__, str.join.__doc__)
class A:
    "mine"
print(A.__doc__, A().__doc__)
class E(Exception): pass
print(E.__doc__, E().__doc__)
def f(): pass
print(f.__doc__)
