"""unittest.mock's MagicMock, NonCallableMagicMock, PropertyMock and mock_open (part of
pylib's unittest.mock; written for pyx).

Each supported magic method is a forwarding method of the class that calls the instance's
own child mock for that name (made on first use with CPython's default return value), so a
test can configure `m.__len__.return_value`, `m.__iter__.return_value` or assign a
function to `m.__str__`.
"""

from unittest.mock import DEFAULT
from unittest._mock_core import NonCallableMock, CallableMixin, Mock, _check_and_set_parent

_NUMERICS = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'lshift', 'rshift', 'and', 'xor', 'or', 'pow']
_MAGICS = (['__lt__', '__gt__', '__le__', '__ge__', '__eq__', '__ne__', '__int__', '__contains__', '__len__',
            '__exit__', '__enter__', '__complex__', '__float__', '__bool__', '__index__', '__hash__', '__str__',
            '__sizeof__', '__iter__', '__getitem__', '__setitem__', '__delitem__', '__reversed__', '__missing__',
            '__round__', '__floor__', '__trunc__', '__ceil__', '__neg__', '__pos__', '__abs__', '__invert__',
            '__fspath__', '__format__', '__divmod__', '__rdivmod__']
           + ['__%s__' % n for n in _NUMERICS] + ['__r%s__' % n for n in _NUMERICS] + ['__i%s__' % n for n in _NUMERICS])
_MAGIC_SET = frozenset(_MAGICS)


def _default(mock, name):
    """The value a magic method returns before it is configured (CPython's defaults)."""
    fixed = {'__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
             '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
             '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1}
    if name in fixed:
        return fixed[name]
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__fspath__':
        return f'{type(mock).__name__}/{mock._extract_mock_name()}/{id(mock)}'
    return DEFAULT


class MagicMixin:
    def _magic_child(self, name):
        magics = self.__dict__.setdefault('_mock_magics', {})
        child = magics.get(name)
        if child is None:
            child = MagicMock(parent=self, name=name, _new_name=name, _new_parent=self)
            value = _default(self, name)
            if value is not DEFAULT:
                child.return_value = value
            magics[name] = child
        return child

    def __getattribute__(self, name):
        if name in _MAGIC_SET:
            return object.__getattribute__(self, '_magic_child')(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name in _MAGIC_SET:
            magics = self.__dict__.setdefault('_mock_magics', {})
            _check_and_set_parent(self, value, name, name)
            magics[name] = value
            return None
        return NonCallableMock.__setattr__(self, name, value)


def _forward(name):
    def method(self, *args, **kwargs):
        target = object.__getattribute__(self, '_magic_child')(name)
        if not isinstance(target, NonCallableMock):
            return target(self, *args, **kwargs)
        td = target.__dict__
        configured = td['_mock_return_value'] is not DEFAULT or td['_mock_side_effect'] is not None
        if name == '__iter__':
            if not configured:
                target._increment_mock_call(*args, **kwargs)
                return iter([])
            return iter(target(*args, **kwargs))
        if name in ('__eq__', '__ne__') and not configured:
            target._increment_mock_call(*args, **kwargs)
            same = self is args[0]
            if name == '__eq__':
                return True if same else NotImplemented
            return False if same else NotImplemented
        return target(*args, **kwargs)
    method.__name__ = name
    return method


for _name in _MAGICS:
    setattr(MagicMixin, _name, _forward(_name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable mock with the magic methods configured."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured (len() is 0, iteration is empty, `with` works …)."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading calls it with no arguments, assigning with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


for _cls in (MagicMixin, NonCallableMagicMock, MagicMock, PropertyMock):
    _cls.__module__ = 'unittest.mock'


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): its file handle reads read_data (read, readline,
    readlines, iteration, each restarting at every open() call) and records writes."""
    state = {'data': read_data, 'lines': None}

    def lines():
        sep = b'\n' if isinstance(state['data'], bytes) else '\n'
        return [line + sep for line in state['data'].split(sep)[:-1]] + ([state['data'].split(sep)[-1]] if state['data'].split(sep)[-1] else [])

    def reset():
        state['lines'] = iter(lines())

    def read(*args, **kwargs):
        rest = ''.join(state['lines']) if not isinstance(state['data'], bytes) else b''.join(state['lines'])
        return rest

    def readline(*args, **kwargs):
        return next(state['lines'], b'' if isinstance(state['data'], bytes) else '')

    def readlines(*args, **kwargs):
        return list(state['lines'])

    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lambda: state['lines']
    reset()

    def reset_data(*args, **kwargs):
        reset()
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
