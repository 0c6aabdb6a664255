"""unittest.mock.patch and its forms patch.object, patch.dict, patch.multiple, patch.stopall
(part of pylib's unittest.mock; written for pyx). A patch replaces an attribute while a
context, a decorated function or a started patch lasts, and puts the original back."""

import functools
import importlib

from unittest.mock import DEFAULT, _missing

_active = []


def _importer(target):
    parts = target.split('.')
    path = parts.pop(0)
    thing = importlib.import_module(path)
    for part in parts:
        path += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            thing = importlib.import_module(path)
    return thing


class _patch:
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, new_callable, kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.kwargs = kwargs
        self.attribute_name = None
        self.additional_patchers = []

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                      self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith(patch.TEST_PREFIX):
                    value = getattr(func, name)
                    if callable(value):
                        setattr(func, name, self.copy()(value))
            return func
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **kwargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    value = patching.__enter__()
                    entered.append(patching)
                    if patching.new is DEFAULT and not isinstance(patching, _patch_dict):
                        extra.append(value)
                return func(*args, *extra, **kwargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(None, None, None)

        patched.patchings = [self]
        return patched

    def __enter__(self):
        self.target = self.getter()
        original = self.target.__dict__.get(self.attribute, _missing) if hasattr(self.target, '__dict__') else _missing
        self.is_local = original is not _missing
        if original is _missing:
            original = getattr(self.target, self.attribute, _missing)
        if original is _missing and not self.create:
            raise AttributeError('%s does not have the attribute %r' % (self.target, self.attribute))
        self.temp_original = original
        new = self.new
        if new is DEFAULT:
            from unittest._mock_magic import MagicMock
            factory = self.new_callable or MagicMock
            options = dict(self.kwargs)
            if self.spec is not None:
                options['spec'] = self.spec if self.spec is not True else original
            if self.spec_set is not None:
                options['spec_set'] = self.spec_set if self.spec_set is not True else original
            new = factory(**options)
        self.new_value = new
        setattr(self.target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        # An attribute the target held itself gets its value back; one it inherited or
        # that patch created is removed again.
        if self.is_local:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
        del self.temp_original
        del self.target
        return False

    def start(self):
        result = self.__enter__()
        _active.append(self)
        return result

    def stop(self):
        if self in _active:
            _active.remove(self)
        elif not hasattr(self, 'target'):
            return None
        return self.__exit__(None, None, None)


class _patch_dict:
    new = None

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                if name.startswith(patch.TEST_PREFIX) and callable(getattr(f, name)):
                    setattr(f, name, _patch_dict(self.in_dict, self.values, self.clear)(getattr(f, name)))
            return f

        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            with self:
                return f(*args, **kwargs)
        return wrapper

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False

    def start(self):
        result = self.__enter__()
        _active.append(self)
        return result

    def stop(self):
        if self in _active:
            _active.remove(self)
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, *,
          unsafe=False, **kwargs):
    if not isinstance(target, str):
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    try:
        module, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}') from None
    return _patch(lambda: _importer(module), attribute, new, spec, create, spec_set, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set, new_callable, kwargs)


class _patch_multiple:
    new = None

    def __init__(self, target, kwargs):
        self.target = target
        self.items = kwargs
        self.patchers = []

    def __enter__(self):
        target = _importer(self.target) if isinstance(self.target, str) else self.target
        created = {}
        self.patchers = []
        for attribute, new in self.items.items():
            p = _patch(lambda: target, attribute, new, None, False, None, None, {})
            value = p.__enter__()
            self.patchers.append(p)
            if new is DEFAULT:
                created[attribute] = value
        return created

    def __exit__(self, *args):
        for p in reversed(self.patchers):
            p.__exit__(*args)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self as created:
                return func(*args, **created, **kwargs)
        return wrapper

    def start(self):
        result = self.__enter__()
        _active.append(self)
        return result

    def stop(self):
        if self in _active:
            _active.remove(self)
        return self.__exit__(None, None, None)


def _patch_stopall():
    for p in reversed(list(_active)):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = lambda target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs: _patch_multiple(target, kwargs)
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
