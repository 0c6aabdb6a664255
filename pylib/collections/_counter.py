"""collections.Counter: a dict of counts (missing keys count 0)."""

__all__ = ['Counter']


def _positive(counter):
    """A new Counter of counter's positive counts (what every binary operator returns)."""
    result = Counter()
    for key, count in counter.items():
        if count > 0:
            result[key] = count
    return result


class Counter(dict):
    """dict subclass for counting hashable items; arithmetic keeps only positive counts."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so equal counts keep first-insertion order, as CPython's
        # sorted()/heapq.nlargest() do.
        ordered = sorted(self.items(), key=lambda item: item[1], reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]

    def elements(self):
        for key, count in self.items():
            for _ in range(count if count > 0 else 0):
                yield key

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                if self:
                    # self.get, not self[key]: a subclass's __missing__ is not consulted (as CPython's)
                    self_get = self.get
                    for key in iterable.keys():
                        self[key] = iterable[key] + self_get(key, 0)
                else:
                    # Counts are taken as given (negative or zero included), as CPython does.
                    for key in iterable.keys():
                        dict.__setitem__(self, key, iterable[key])
            else:
                self_get = self.get
                for key in iterable:
                    self[key] = self_get(key, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for key in iterable.keys():
                    self[key] = self_get(key, 0) - iterable[key]
            else:
                for key in iterable:
                    self[key] = self_get(key, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{type(self).__name__}({shown!r})'

    # --- comparisons: a missing key counts 0 ---

    def _all(self, other, test):
        for counter in (self, other):
            for key in counter:
                if not test(self[key], other[key]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # --- multiset arithmetic ---

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            total = count + other[key]
            if total > 0:
                result[key] = total
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            diff = count - other[key]
            if diff > 0:
                result[key] = diff
        for key, count in other.items():
            if key not in self and count < 0:
                result[key] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            other_count = other[key]
            best = other_count if count < other_count else count
            if best > 0:
                result[key] = best
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            other_count = other[key]
            least = count if count < other_count else other_count
            if least > 0:
                result[key] = least
        return result

    def __pos__(self):
        return _positive(self)

    def __neg__(self):
        result = Counter()
        for key, count in self.items():
            if count < 0:
                result[key] = 0 - count
        return result

    def _keep_positive(self):
        for key in [key for key, count in self.items() if not count > 0]:
            dict.__delitem__(self, key)
        return self

    def __iadd__(self, other):
        for key, count in other.items():
            self[key] += count
        return self._keep_positive()

    def __isub__(self, other):
        for key, count in other.items():
            self[key] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for key, count in other.items():
            if count > self[key]:
                self[key] = count
        return self._keep_positive()

    def __iand__(self, other):
        for key, count in self.items():
            other_count = other[key]
            if other_count < count:
                self[key] = other_count
        return self._keep_positive()


# Documented as collections.Counter (its repr and pickling name it so).
Counter.__module__ = 'collections'
