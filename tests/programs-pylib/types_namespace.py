# types.SimpleNamespace for ad-hoc records, MappingProxyType as a read-only view.
from types import SimpleNamespace, MappingProxyType, FunctionType, ModuleType, new_class

point = SimpleNamespace(x=1, y=2)
point.z = 3
print(point, point.x + point.z, vars(point) if False else sorted(point.__dict__))
print(point == SimpleNamespace(x=1, y=2, z=3), SimpleNamespace({'a': 1}, b=2))
config = SimpleNamespace(name='app', debug=False)
config.debug = True
del config.name
print(config, hasattr(config, 'name'))
nested = SimpleNamespace(inner=SimpleNamespace(value=[1, 2]))
print(nested, nested.inner.value[1])
ro = MappingProxyType({'a': 1, 'b': 2})
print(ro['a'], len(ro), list(ro), 'b' in ro, ro.get('c', 0), dict(ro.items()))
try:
    ro['c'] = 3
except TypeError as e:
    print('TypeError:', e)
print(isinstance(lambda: 0, FunctionType), isinstance(print, FunctionType))
Point = new_class('Point', (object,), exec_body=lambda ns: ns.update({'dims': 2}))
print(Point.dims, Point.__name__)
