# A plugin registry: an ABC base with a template method and virtual subclasses.
from abc import ABC, abstractmethod


class Exporter(ABC):
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Exporter.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def encode(self, rows):
        raise NotImplementedError

    def export(self, rows):
        return f'[{type(self).__name__}] ' + self.encode(rows)


class Csv(Exporter):
    def encode(self, rows):
        return ';'.join(','.join(map(str, r)) for r in rows)


class Json(Exporter):
    def encode(self, rows):
        return repr([list(r) for r in rows])


class Broken(Exporter):
    pass


rows = [(1, 'a'), (2, 'b')]
for name in sorted(Exporter.registry):
    cls = Exporter.registry[name]
    try:
        print(cls().export(rows))
    except TypeError as e:
        print('TypeError:', e)


class Legacy:
    def encode(self, rows):
        return 'legacy'


Exporter.register(Legacy)
print(isinstance(Legacy(), Exporter), issubclass(Legacy, Exporter), Legacy in Exporter.registry.values())
try:
    Exporter.register(3)
except TypeError as e:
    print('TypeError:', e)
