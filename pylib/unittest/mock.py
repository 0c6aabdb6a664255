"""unittest.mock for pyx (written for it, following CPython 3.13's documented behaviour):
Mock, MagicMock, NonCallableMock, NonCallableMagicMock, PropertyMock, call, ANY, DEFAULT,
sentinel, patch (decorator, context manager, start/stop), patch.object, patch.dict,
patch.multiple, mock_open, and the assert_* helpers with CPython's messages.

A MagicMock keeps each configured magic method as a child mock in the instance (its class
has one forwarding method per supported dunder), so `m.__len__.return_value = 3` and
`len(m)` behave as in CPython. Not here: create_autospec/autospec=, seal, AsyncMock,
spec_set's full strictness, ThreadingMock.
"""

import builtins
import contextlib
import functools
import sys

__all__ = ['Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock', 'patch',
           'sentinel', 'DEFAULT', 'ANY', 'call', 'mock_open', 'FILTER_DIR']

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded call: (name, args, kwargs), equal to the same call however it is spelt."""

    def __new__(cls, value=(), name=None, parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        tuple_name = '' if name is None else name
        if len(value) == 3:
            tuple_name, args, kwargs = value
        elif len(value) == 2:
            args, kwargs = value
        # call_args is a two-tuple (args, kwargs); other calls carry their name as well.
        items = (tuple(args), dict(kwargs)) if two else (tuple_name, tuple(args), dict(kwargs))
        self = tuple.__new__(cls, items)
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall
        self._mock_two = two
        return self

    def _parts(self):
        if self._mock_two:
            return '', tuple.__getitem__(self, 0), tuple.__getitem__(self, 1)
        return tuple.__getitem__(self, 0), tuple.__getitem__(self, 1), tuple.__getitem__(self, 2)

    def __init__(self, *args, **kwargs):
        pass

    def __eq__(self, other):
        try:
            other_len = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._parts()
            if self._mock_parent is not None and other._mock_parent is not None and self_name != other_name:
                return False
            if self_name and other_name and self_name != other_name:
                return False
        else:
            other_name = ''
            if other_len == 0:
                other_args, other_kwargs = (), {}
            elif other_len == 3:
                other_name, other_args, other_kwargs = other
            elif other_len == 1:
                value, = other
                if isinstance(value, tuple):
                    other_args, other_kwargs = value, {}
                elif isinstance(value, str):
                    other_name, other_args, other_kwargs = value, (), {}
                else:
                    other_args, other_kwargs = (), value
            elif other_len == 2:
                first, second = other
                if isinstance(first, str):
                    other_name = first
                    if isinstance(second, tuple):
                        other_args, other_kwargs = second, {}
                    else:
                        other_args, other_kwargs = (), second
                else:
                    other_args, other_kwargs = first, second
            else:
                return False
            if self_name and other_name and self_name != other_name:
                return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        sub_len = len(value)
        for i in range(len(self) - sub_len + 1):
            if self[i:i + sub_len] == value:
                return True
        return False

    def __repr__(self):
        return '[%s]' % ', '.join(repr(c) for c in self)


from unittest._mock_core import NonCallableMock, CallableMixin, Mock, _MAGIC_DEFAULTS  # noqa: E402
from unittest._mock_magic import MagicMock, NonCallableMagicMock, PropertyMock, mock_open  # noqa: E402
from unittest._mock_patch import patch  # noqa: E402
