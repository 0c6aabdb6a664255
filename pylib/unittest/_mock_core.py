"""unittest.mock's Mock and NonCallableMock: attribute children, call recording and the
assert_* methods (part of pylib's unittest.mock; written for pyx)."""

from unittest.mock import DEFAULT, _Call, _CallList, _format_call, sentinel

_deleted = sentinel.DELETED
_MAGIC_DEFAULTS = {}

# Attributes that live in the instance itself, never as children.
_INTERNAL = frozenset(('method_calls', 'return_value', 'side_effect', 'called', 'call_count', 'call_args',
                       'call_args_list', 'mock_calls'))


def _check_and_set_parent(parent, value, name, new_name):
    """Makes value (a fresh, unnamed mock) a child of parent, unless that would be a cycle."""
    if not isinstance(value, NonCallableMock):
        return False
    vd = value.__dict__
    if vd['_mock_name'] or vd['_mock_new_name'] or vd['_mock_parent'] is not None or vd['_mock_new_parent'] is not None:
        return False
    walk = parent
    while walk is not None:
        if walk is value:
            return False
        walk = walk.__dict__['_mock_new_parent']
    if new_name:
        vd['_mock_new_parent'] = parent
        vd['_mock_new_name'] = new_name
    if name:
        vd['_mock_parent'] = parent
        vd['_mock_name'] = name
    return True


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


class NonCallableMock:
    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        spec = spec_set if spec_set is not None else spec
        methods = None
        spec_class = None
        if spec is not None:
            if isinstance(spec, (list, tuple)):
                methods = list(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                methods = dir(spec)
        d['_mock_methods'] = methods
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set is not None
        if kwargs:
            self.configure_mock(**kwargs)

    # --- attributes ---

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_spec_class', '_spec_set', '_mock_methods'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            if name not in methods:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self.__dict__.get('_mock_unsafe') and name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError(f'{name!r} is not a valid assertion. Use a spec for the mock if {name!r} is meant to be an attribute.')
        children = self.__dict__['_mock_children']
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self.__dict__['_mock_wraps'] is not None:
                wraps = getattr(self.__dict__['_mock_wraps'], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in _INTERNAL or name.startswith('_mock_') or name in ('_spec_class', '_spec_set'):
            return object.__setattr__(self, name, value)
        d = self.__dict__
        if d.get('_spec_set') and d.get('_mock_methods') is not None and name not in d['_mock_methods'] and name not in d:
            raise AttributeError('Mock object has no attribute %r' % name)
        if _check_and_set_parent(self, value, name, name):
            d['_mock_children'][name] = value
            return None
        d['_mock_children'].pop(name, None)
        d[name] = value
        return None

    def __delattr__(self, name):
        d = self.__dict__
        if name in d and name not in ('_mock_children',):
            del d[name]
        elif d['_mock_children'].get(name) is _deleted:
            raise AttributeError(name)
        d['_mock_children'][name] = _deleted

    def _get_child_mock(self, **kw):
        from unittest._mock_magic import MagicMock, NonCallableMagicMock, PropertyMock
        kind = type(self)
        if issubclass(kind, PropertyMock):
            return MagicMock(**kw)
        if issubclass(kind, NonCallableMagicMock) and not issubclass(kind, CallableMixin):
            return MagicMock(**kw)
        if not issubclass(kind, CallableMixin):
            return Mock(**kw)
        return kind(**kw)

    def __dir__(self):
        extras = [n for n, v in self.__dict__['_mock_children'].items() if v is not _deleted]
        return sorted(set(extras + [n for n in self.__dict__ if not n.startswith('_mock_')] + dir(type(self))))

    @property
    def __class__(self):
        spec_class = self.__dict__.get('_spec_class')
        return type(self) if spec_class is None else spec_class

    # --- recorded state ---

    def _get_return_value(self):
        ret = self.__dict__['_mock_return_value']
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        _check_and_set_parent(self, value, None, '()')
        self.__dict__['_mock_return_value'] = value

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__['_mock_side_effect']

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def _state(name):
        key = '_mock_' + name
        return property(lambda self: self.__dict__[key], lambda self, value: self.__dict__.__setitem__(key, value))

    called = _state('called')
    call_count = _state('call_count')
    call_args = _state('call_args')
    call_args_list = _state('call_args_list')
    mock_calls = _state('mock_calls')
    del _state

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in d['_mock_children'].values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def attach_mock(self, mock, attribute):
        inner = mock.__dict__
        inner['_mock_parent'] = None
        inner['_mock_new_parent'] = None
        inner['_mock_name'] = ''
        inner['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self.__dict__['_mock_methods'] = list(spec) if isinstance(spec, (list, tuple)) else dir(spec)
        self.__dict__['_spec_set'] = spec_set

    # --- naming ---

    def _extract_mock_name(self):
        names = [self.__dict__['_mock_new_name']]
        parent = self.__dict__['_mock_new_parent']
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent.__dict__['_mock_new_name'] + dot)
            dot = '' if parent.__dict__['_mock_new_name'] == '()' else '.'
            parent = parent.__dict__['_mock_new_parent']
        names = list(reversed(names))
        first = last.__dict__['_mock_name'] or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self.__dict__.get('_spec_class') is not None:
            spec_string = ' spec=%r' % self.__dict__['_spec_class'].__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    # --- assertions ---

    def _name(self):
        return self.__dict__['_mock_name'] or 'mock'

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return '\nCalls: %r.' % (self.mock_calls,)

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call(self._name(), args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._name())

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.' % (expected,))
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r' % (_CallList(calls), self.mock_calls))
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._name(), tuple(not_found), all_calls))


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] += 1
        this_call = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = this_call
        d['_mock_call_args_list'].append(this_call)
        do_method_calls = d['_mock_parent'] is not None
        method_call_name = d['_mock_name']
        mock_call_name = d['_mock_new_name']
        is_a_call = mock_call_name == '()'
        d['_mock_mock_calls'].append(_Call(('', args, kwargs)))
        parent = d['_mock_new_parent']
        while parent is not None:
            pd = parent.__dict__
            if do_method_calls:
                pd['method_calls'].append(_Call((method_call_name, args, kwargs)))
                do_method_calls = pd['_mock_parent'] is not None
                if do_method_calls:
                    method_call_name = pd['_mock_name'] + '.' + method_call_name
            pd['_mock_mock_calls'].append(_Call((mock_call_name, args, kwargs)))
            if pd['_mock_new_name']:
                dot = '' if is_a_call else '.'
                is_a_call = pd['_mock_new_name'] == '()'
                mock_call_name = pd['_mock_new_name'] + dot + mock_call_name
            parent = pd['_mock_new_parent']

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.__dict__['_mock_side_effect']
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self.__dict__['_mock_return_value'] is not DEFAULT:
            return self.return_value
        if self.__dict__['_mock_wraps'] is not None:
            return self.__dict__['_mock_wraps'](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: attributes are mocks made on first use, calls are recorded."""


for _cls in (NonCallableMock, CallableMixin, Mock):
    _cls.__module__ = 'unittest.mock'
