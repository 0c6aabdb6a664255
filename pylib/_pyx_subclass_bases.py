"""Bases for Python subclasses of pyx's native classes (written for pyx).

collections.deque, io.StringIO, io.BytesIO, random.Random and functools.partial are native
objects in pyx (runtime/modules/), which a class statement cannot derive from directly; so
are property, staticmethod and classmethod (runtime/classes-builtins.ts substitutes the
classes at the end of this file for them as bases). Their class objects
answer __mro_entries__ (PEP 560) with the class of the same name here, so that
``class D(collections.deque)`` derives from a Python class that keeps a native object in
``_pyx_inner`` and forwards to it. isinstance/issubclass against the native class object
accept these subclasses (runtime/modules/ext-class.ts). The native class objects themselves
stay what plain calls get: only subclasses pay for the forwarding.

Where CPython's base calls a method the subclass may override (Random.__init__ calls
self.seed, Random's choice/randrange/shuffle/uniform draw through self.random or
self.getrandbits), the method here does so too.
"""

from _collections import deque as _native_deque
import io as _io_module
import random as _random_module
import functools as _functools_module

_native_stringio = _io_module.StringIO
_native_bytesio = _io_module.BytesIO
_native_random = _random_module.Random
_native_partial = _functools_module.partial
builtins_property = property  # the native one (the class below shadows the name)
_native_classmethod = classmethod
from itertools import accumulate as _accumulate
from bisect import bisect as _bisect
from math import floor as _floor, ceil as _ceil, log as _log, isfinite as _isfinite


def _inner(x):
    # The native object behind a forwarding instance, or x itself (d == other_deque).
    return x._pyx_inner if isinstance(x, (deque, StringIO, BytesIO)) else x


class deque:
    __module__ = 'collections'
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._pyx_inner = _native_deque()
        return self

    def __init__(self, *args, **kwargs):
        # The native constructor binds the arguments (and words their errors) as deque() does.
        self._pyx_inner = _native_deque(*args, **kwargs)

    maxlen = property(lambda self: self._pyx_inner.maxlen)

    def append(self, x): self._pyx_inner.append(x)
    def appendleft(self, x): self._pyx_inner.appendleft(x)
    def clear(self): self._pyx_inner.clear()
    def count(self, x): return self._pyx_inner.count(x)
    def extend(self, iterable): self._pyx_inner.extend(list(iterable) if iterable is self else iterable)
    def extendleft(self, iterable): self._pyx_inner.extendleft(list(iterable) if iterable is self else iterable)
    def index(self, *args): return self._pyx_inner.index(*args)
    def insert(self, i, x): self._pyx_inner.insert(i, x)
    def pop(self): return self._pyx_inner.pop()
    def popleft(self): return self._pyx_inner.popleft()
    def remove(self, value): self._pyx_inner.remove(value)
    def reverse(self): self._pyx_inner.reverse()
    def rotate(self, n=1): self._pyx_inner.rotate(n)

    def copy(self):
        # deque_copy: a subclass is copied by calling its class (with maxlen when it has one).
        m = self._pyx_inner.maxlen
        return type(self)(self) if m is None else type(self)(self, m)
    __copy__ = copy

    def __reduce__(self):
        return type(self), ((), self.maxlen), (vars(self) or None), iter(self)

    def __len__(self): return len(self._pyx_inner)
    def __bool__(self): return bool(self._pyx_inner)
    def __iter__(self): return iter(self._pyx_inner)
    def __reversed__(self): return reversed(self._pyx_inner)
    def __contains__(self, x): return x in self._pyx_inner
    def __getitem__(self, i): return self._pyx_inner[i]
    def __setitem__(self, i, x): self._pyx_inner[i] = x
    def __delitem__(self, i): del self._pyx_inner[i]
    def __eq__(self, other): return self._pyx_inner == _inner(other)
    def __ne__(self, other): return self._pyx_inner != _inner(other)
    def __lt__(self, other): return self._pyx_inner < _inner(other)
    def __le__(self, other): return self._pyx_inner <= _inner(other)
    def __gt__(self, other): return self._pyx_inner > _inner(other)
    def __ge__(self, other): return self._pyx_inner >= _inner(other)

    # deque's own copy and extend (C functions in CPython), never a subclass's overrides.
    def __add__(self, other):
        if not isinstance(other, (deque, _native_deque)):
            return NotImplemented
        r = deque.copy(self)
        r._pyx_inner.extend(_inner(other))
        return r

    def __mul__(self, n):
        r = deque.copy(self)
        r._pyx_inner *= n
        return r
    __rmul__ = __mul__

    def __iadd__(self, other):
        self._pyx_inner.extend(list(other) if other is self else _inner(other))
        return self

    def __imul__(self, n):
        self._pyx_inner *= n
        return self

    def __repr__(self):
        # deque_repr with the subclass's name: "D([1, 2], maxlen=5)".
        text = repr(self._pyx_inner)
        return type(self).__name__ + text[text.index('('):]


class _Stream:
    """What StringIO and BytesIO forward (the io.IOBase and buffer methods)."""

    def close(self): self._pyx_inner.close()
    closed = property(lambda self: self._pyx_inner.closed)
    def fileno(self): return self._pyx_inner.fileno()
    def flush(self): self._pyx_inner.flush()
    def getvalue(self): return self._pyx_inner.getvalue()
    def isatty(self): return self._pyx_inner.isatty()
    def read(self, size=-1): return self._pyx_inner.read(size)
    def readable(self): return self._pyx_inner.readable()
    def readline(self, size=-1): return self._pyx_inner.readline(size)
    def readlines(self, hint=-1): return self._pyx_inner.readlines(hint)
    def seek(self, pos, whence=0): return self._pyx_inner.seek(pos, whence)
    def seekable(self): return self._pyx_inner.seekable()
    def tell(self): return self._pyx_inner.tell()
    def truncate(self, size=None): return self._pyx_inner.truncate(size)
    def writable(self): return self._pyx_inner.writable()
    def write(self, s): return self._pyx_inner.write(s)

    def writelines(self, lines):
        # IOBase.writelines calls self.write for each line (an overridden write sees them).
        for line in lines:
            self.write(line)

    def __iter__(self): return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return '<%s.%s object at %#x>' % (type(self).__module__, type(self).__qualname__, id(self))


class StringIO(_Stream):
    __module__ = '_io'

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._pyx_inner = _native_stringio()
        return self

    def __init__(self, *args, **kwargs):
        self._pyx_inner = _native_stringio(*args, **kwargs)

    line_buffering = property(lambda self: self._pyx_inner.line_buffering)
    newlines = property(lambda self: self._pyx_inner.newlines)


class BytesIO(_Stream):
    __module__ = '_io'

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._pyx_inner = _native_bytesio()
        return self

    def __init__(self, *args, **kwargs):
        self._pyx_inner = _native_bytesio(*args, **kwargs)

    def getbuffer(self): return self._pyx_inner.getbuffer()
    def read1(self, size=-1): return self._pyx_inner.read1(size)
    def readinto(self, b): return self._pyx_inner.readinto(b)


class Random:
    __module__ = 'random'
    VERSION = 3

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._pyx_inner = _native_random(0)
        return self

    def __init__(self, x=None):
        # random.Random.__init__: seeding goes through self.seed (a subclass's own, if any).
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2): self._pyx_inner.seed(a, version)
    def random(self): return self._pyx_inner.random()
    def getrandbits(self, k): return self._pyx_inner.getrandbits(k)
    def getstate(self): return self._pyx_inner.getstate()
    def setstate(self, state): self._pyx_inner.setstate(state)

    def _randbelow(self, n):
        # A subclass that overrides random() but not getrandbits() draws through random(),
        # as CPython's __init_subclass__ arranges; otherwise through getrandbits.
        cls = type(self)
        if cls.random is not Random.random and cls.getrandbits is Random.getrandbits:
            maxsize = 1 << 53
            if n >= maxsize:
                return int(self.random() * n)
            if n == 0:
                return 0
            rem = maxsize % n
            limit = (maxsize - rem) / maxsize
            r = self.random()
            while r >= limit:
                r = self.random()
            return int(r * maxsize) % n
        if n <= 0:
            return 0
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _overrides(self):
        cls = type(self)
        return cls.random is not Random.random or cls.getrandbits is not Random.getrandbits

    def choice(self, seq):
        if not self._overrides():
            return self._pyx_inner.choice(seq)
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def randrange(self, start, stop=None, step=1):
        if not self._overrides():
            return self._pyx_inner.randrange(start, stop, step)
        start = start.__index__()
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        stop = stop.__index__()
        width = stop - start
        step = step.__index__()
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        if not self._overrides():
            return self._pyx_inner.randint(a, b)
        return self.randrange(a, b + 1)

    def shuffle(self, x):
        if not self._overrides():
            return self._pyx_inner.shuffle(x)
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def sample(self, population, k, *, counts=None):
        if not self._overrides():
            return self._pyx_inner.sample(population, k, counts=counts)
        # Random.sample's selection through self._randbelow (so the overrides decide it).
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != len(population):
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop() if cum_counts else 0
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total < 0:
                raise ValueError('Counts must be non-negative')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in picks]
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        small = 21 if k <= 5 else 21 + 4 ** _ceil(_log(k * 3, 4))
        if n <= small:
            # A shrinking pool: the pick is swapped out for the pool's last item.
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            # Indices drawn again until unseen.
            seen = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in seen:
                    j = self._randbelow(n)
                seen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        if not self._overrides():
            return self._pyx_inner.choices(population, weights, cum_weights=cum_weights, k=k)
        # Random.choices through self.random().
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(self.random() * n)] for _ in range(k)]
            cum_weights = list(_accumulate(weights))
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, self.random() * total, 0, hi)] for _ in range(k)]

    def randbytes(self, n): return self._pyx_inner.randbytes(n)
    def triangular(self, low=0.0, high=1.0, mode=None): return self._pyx_inner.triangular(low, high, mode)
    def gauss(self, mu=0.0, sigma=1.0): return self._pyx_inner.gauss(mu, sigma)
    def normalvariate(self, mu=0.0, sigma=1.0): return self._pyx_inner.normalvariate(mu, sigma)
    def lognormvariate(self, mu, sigma): return self._pyx_inner.lognormvariate(mu, sigma)
    def expovariate(self, lambd=1.0): return self._pyx_inner.expovariate(lambd)
    def vonmisesvariate(self, mu, kappa): return self._pyx_inner.vonmisesvariate(mu, kappa)
    def gammavariate(self, alpha, beta): return self._pyx_inner.gammavariate(alpha, beta)
    def betavariate(self, alpha, beta): return self._pyx_inner.betavariate(alpha, beta)
    def paretovariate(self, alpha): return self._pyx_inner.paretovariate(alpha)
    def weibullvariate(self, alpha, beta): return self._pyx_inner.weibullvariate(alpha, beta)
    def binomialvariate(self, n=1, p=0.5): return self._pyx_inner.binomialvariate(n, p)


class partial:
    __module__ = 'functools'

    def __new__(cls, func, /, *args, **keywords):
        self = object.__new__(cls)
        self._pyx_inner = _native_partial(func, *args, **keywords)
        return self

    func = property(lambda self: self._pyx_inner.func)
    args = property(lambda self: self._pyx_inner.args)
    keywords = property(lambda self: self._pyx_inner.keywords)

    def __call__(self, /, *args, **keywords):
        return self._pyx_inner(*args, **keywords)

    def __get__(self, obj, objtype=None):
        # partial objects are not method descriptors: an attribute stays the partial itself.
        return self

    def __repr__(self):
        # partial_repr with the subclass's module and qualified name.
        text = repr(self._pyx_inner)
        cls = type(self)
        return '%s.%s%s' % (cls.__module__, cls.__qualname__, text[text.index('('):])


class property:
    """builtins.property for subclasses (class classproperty(property)): the data descriptor
    property is, in Python, with CPython 3.13's messages. A plain property() stays native."""

    __module__ = 'builtins'

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = getattr(fget, '__doc__', None)
        self.__doc__ = doc
        self._pyx_name = getattr(fget, '__name__', None)

    def __set_name__(self, owner, name):
        self._pyx_name = name

    @builtins_property
    def __name__(self):
        if self._pyx_name is None:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '__name__'")
        return self._pyx_name

    @builtins_property
    def __isabstractmethod__(self):
        return any(getattr(f, '__isabstractmethod__', False) for f in (self.fget, self.fset, self.fdel))

    def _pyx_missing(self, obj, what):
        name = '' if self._pyx_name is None else f' {self._pyx_name!r}'
        return AttributeError(f"property{name} of {type(obj).__qualname__!r} object has no {what}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise self._pyx_missing(obj, 'getter')
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise self._pyx_missing(obj, 'setter')
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise self._pyx_missing(obj, 'deleter')
        self.fdel(obj)

    # getter/setter/deleter copy the property into the same (sub)class, as property_copy.
    def getter(self, fget):
        return self._pyx_copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._pyx_copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._pyx_copy(self.fget, self.fset, fdel)

    def _pyx_copy(self, fget, fset, fdel):
        doc = self.__doc__ if self.__doc__ != getattr(self.fget, '__doc__', None) else None
        new = type(self)(fget, fset, fdel, doc)
        new._pyx_name = self._pyx_name
        return new


class _MethodWrapper:
    """What staticmethod and classmethod share (sm_init/cm_init copy the callable's names)."""

    def __init__(self, f, /):
        self.__func__ = f
        self.__wrapped__ = f
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(self, attr, getattr(f, attr))
            except AttributeError:
                pass

    @builtins_property
    def __isabstractmethod__(self):
        return getattr(self.__func__, '__isabstractmethod__', False)

    def __repr__(self):
        # sm_repr/cm_repr name the builtin type, not the subclass.
        return f'<{self._pyx_kind}({self.__func__!r})>'


class staticmethod(_MethodWrapper):
    """builtins.staticmethod for subclasses (a plain staticmethod() stays native)."""

    __module__ = 'builtins'
    _pyx_kind = 'staticmethod'

    def __get__(self, obj, objtype=None):
        return self.__func__

    def __call__(self, /, *args, **kwargs):
        return self.__func__(*args, **kwargs)


class classmethod(_MethodWrapper):
    """builtins.classmethod for subclasses (a plain classmethod() stays native)."""

    __module__ = 'builtins'
    _pyx_kind = 'classmethod'

    def __get__(self, obj, objtype=None):
        if objtype is None:
            objtype = type(obj)
        # The native classmethod's binding: a method of objtype.
        return _native_classmethod(self.__func__).__get__(obj, objtype)
