# __getattr__ vs __getattribute__, __setattr__/__delattr__ hooks, __dir__.
class Tracer:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.a = 1
    def __getattribute__(self, name):
        if name != 'log' and not name.startswith('__'):
            object.__getattribute__(self, 'log').append(('get', name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r} (custom)')
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)

t = Tracer()
print(t.a, t.dyn_hello)
t.b = 2
del t.b
print(t.log)
try:
    t.missing
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(t, 'nothing', 'default'), hasattr(t, 'dyn_x'), hasattr(t, 'zzz'))

# __getattribute__ raising AttributeError falls back to __getattr__
class Fallback:
    def __getattribute__(self, name):
        if name == 'hidden':
            raise AttributeError('hidden!')
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback:{name}'
fb = Fallback()
print(fb.hidden, fb.other)

# proxy delegating via __getattr__
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('delegating', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort(); print(p._target, p.count(1))
try:
    len(p)
except TypeError as e:
    print('TypeError:', e)

# __dir__
class D:
    x = 1
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print(dir(D()))
print([n for n in dir(D) if not n.startswith('__')])

# attribute errors messages
class Plain: pass
try:
    Plain().nope
except AttributeError as e:
    print(e, '|', e.name, type(e.obj).__name__)
try:
    Plain.nope
except AttributeError as e:
    print(e)
try:
    (1).nope
except AttributeError as e:
    print(e)
try:
    del Plain().nope
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)

# __getattr__ on module-like class and recursion guard in __getattr__
class Safe:
    def __getattr__(self, name):
        if name == 'data':
            raise AttributeError(name)
        return self.data.get(name)
s = Safe()
try:
    s.key
except AttributeError as e:
    print('AttributeError:', e)
s.data = {'key': 'val'}
print(s.key, s.none)

# setattr/getattr with non-identifier names
o = Plain()
setattr(o, 'with space', 1)
setattr(o, '123', 2)
print(sorted(vars(o).items()), getattr(o, 'with space'))
try:
    setattr(o, 5, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    getattr(o, None)
except TypeError as e:
    print('TypeError:', e)
