# collections.abc: isinstance on builtins and user classes, and the mixin methods.
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, Sized, Container, Callable, Hashable,
                             Generator, Collection, Reversible)


def describe(obj):
    kinds = [abc.__name__ for abc in (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                                      MutableMapping, Set, Sized, Callable, Hashable,
                                      Generator, Collection, Reversible) if isinstance(obj, abc)]
    return f'{type(obj).__name__}: {", ".join(kinds)}'


for obj in [[1], (1,), 'ab', {1: 2}, {1}, frozenset(), range(3), iter([]), len, 5,
            (x for x in []), b'x', None]:
    print(describe(obj))


class Deck(Sequence):
    def __init__(self):
        self.cards = [r + s for s in 'SH' for r in 'A23']

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


deck = Deck()
print(len(deck), deck[0], '2H' in deck, deck.index('3S'), deck.count('AH'), list(reversed(deck))[:2])
print(isinstance(deck, Iterable), issubclass(Deck, Reversible), describe(deck))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r['Alpha'] = 1
r.update(BETA=2, gamma=3)
print(r['ALPHA'], r.get('delta'), 'Beta' in r, sorted(r.keys()), r.pop('gamma'), r.setdefault('x', 9))
print(len(r), dict(r.items()), r == {'alpha': 1, 'beta': 2, 'x': 9}, list(r.values()))


class Bits(Set):
    def __init__(self, it=()):
        self.items = sorted(set(it))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


s, t = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(s & t), list(s | t), list(s - t), list(s ^ t), s <= Bits([1, 2, 3, 4]), s == Bits([3, 2, 1]))


class Celsius:
    def __call__(self):
        return 0


print(isinstance(Celsius(), Callable), issubclass(list, Hashable), isinstance([], Container))
Sequence.register(Registry)
print(isinstance(r, Sequence))
