# The empty tuple is one object, as in CPython: every way of making one gives it back.
import copy
import sys

a = ()
b = tuple()
one = (1,)
print(a is b, a is tuple([]), a is (1, 2)[2:], tuple(x for x in []) is a)
print(sys.getsizeof(()), hash(()) == hash(tuple()), id(()) == id(tuple()), repr(()))
print(a + b is a, b * 3 is a, one * 0 is a, tuple.__new__(tuple) is a)


def f(*args):
    return args


print(f() is a, f(*[]) is a, copy.copy(()) is a, copy.deepcopy(()) is a)
x, *rest = [1]
print(rest, tuple(rest) is a, {(): 1}[tuple()])


class T(tuple):
    pass


t = T()
print(type(t).__name__, t is a, t == a, T(()) is a)
