# The native types of the stdlib modules as classes: type(), isinstance, __class__, reprs, names.
from _collections import deque
import itertools
import io
import array
import functools
import time

d = deque([1, 2])
print(type(d), type(d) is deque, isinstance(d, deque), isinstance([], deque), isinstance(d, (list, deque)), d.__class__ is deque)
print(deque, deque.__name__, type(d).__name__, isinstance(d, object) if False else "-")
for obj, cls in [(itertools.count(), itertools.count), (itertools.chain(), itertools.chain), (itertools.islice("a", 1), itertools.islice),
                 (io.StringIO(), io.StringIO), (array.array("i"), array.array), (functools.partial(print), functools.partial)]:
    print(type(obj), type(obj) is cls, isinstance(obj, cls), isinstance(obj, deque), cls.__name__)
print(isinstance(5, (int, deque)), isinstance("s", (deque, io.StringIO)))
print(itertools.chain.from_iterable.__name__, functools.partial.__name__, array.array.__module__)

# reversed() and hash() of the native containers
from array import array
rd = deque([1, 2, 3])
print(list(reversed(rd)), list(reversed(array("i", [1, 2]))), list(reversed(deque())))
for unhashable in (rd, array("d")):
    try:
        hash(unhashable)
    except TypeError as e:
        print(e)
r = reversed(rd)
next(r)
rd.append(4)
try:
    next(r)
except RuntimeError as e:
    print(e)

# + and * on deques and arrays
d = deque([1, 2], maxlen=3)
print(d+deque([3,4]), d*2, 2*d, deque([1])*0)
for bad in [lambda: d+[1], lambda: array('i')+[1], lambda: array('i')+array('d'), lambda: d*'a', lambda: array('i')*1.5]:
    try: bad()
    except TypeError as e: print(e)
e=deque([1]); e+=[2,3]; print(e); e*=2; print(e)
a=array('i',[1]); a+=array('i',[2]); a*=2; print(a, a+a, 3*array('b',[1]))
try:
    a+=[1]
except TypeError as ex: print(ex)

# dunder methods called directly
c = itertools.count(3)
print(c.__next__(), next(c), iter(c) is c, c.__iter__() is c)
d = deque([1,2])
print(d.__len__(), d.__contains__(2), d.__getitem__(0), list(d.__reversed__()), list(d.__iter__()))
it = iter(d)
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("stop")
