# Pretty-printing nested configuration data with pprint.
import pprint

config = {
    'servers': [{'name': f'node{i}', 'ip': f'10.0.0.{i}', 'roles': ['web', 'db'][: i % 2 + 1]} for i in range(4)],
    'limits': {'cpu': 0.75, 'memory': 2 ** 32, 'paths': ('/var/log', '/tmp', '/srv/data/archive')},
    'description': 'A fairly long description string that will not fit on a single line of eighty characters at all.',
    'flags': {30, 1, 12},
    'empty': {},
}
pprint.pprint(config)
pprint.pprint(config['servers'], width=40)
print(pprint.pformat(config['limits'], indent=4, width=30))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(config, depth=1)
pprint.pp({'b': 1, 'a': 2})
nested = [1, [2, [3, [4, [5]]]]]
print(pprint.pformat(nested, width=10), pprint.saferepr(nested), pprint.isreadable(nested))
loop = [1]
loop.append(loop)
print(pprint.isrecursive(loop))
