# An LRU cache on OrderedDict and layered settings on ChainMap.
from collections import OrderedDict, ChainMap


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            print('evict', self.data.popitem(last=False))


cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get('a')
cache.put('c', 3)
print(cache.data, list(cache.data))
od = OrderedDict.fromkeys('xyz', 0)
od.move_to_end('x')
od.move_to_end('z', last=False)
print(od, od.popitem(), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(), OrderedDict([('k', [1])]) | {'j': 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
settings = ChainMap(cli, env, defaults)
print(settings['color'], settings['user'], settings['debug'], len(settings), sorted(settings))
print(list(settings), list(settings.items()))
child = settings.new_child({'color': 'blue'})
print(child['color'], child.parents['color'], child.maps[0])
child['size'] = 10
del child['color']
print(child, 'size' in settings, child.get('missing', 'n/a'))
try:
    del child['user']
except KeyError as e:
    print('KeyError', e)
print(dict(settings), bool(ChainMap()), ChainMap({}, {'a': 1}).pop('a', 'gone'))
