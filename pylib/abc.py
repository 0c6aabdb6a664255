"""abc for pyx: ABCMeta (abstract methods, virtual subclasses through register() and
__subclasshook__), ABC, abstractmethod and friends.

Instantiating a class whose __abstractmethods__ is not empty is refused by object.__new__, as in
CPython; this module only computes the set.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one left unoverridden cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _define_abstract_descriptors():
    """abstractclassmethod/abstractstaticmethod/abstractproperty: the deprecated subclasses
    of classmethod/staticmethod/property. Where the runtime cannot subclass those yet (pyx,
    reported), they are functions returning the builtin descriptor over a function marked
    abstract, which ABCMeta sees the same way."""
    try:
        class abstractclassmethod(classmethod):
            __isabstractmethod__ = True

            def __init__(self, callable):
                callable.__isabstractmethod__ = True
                super().__init__(callable)

        class abstractstaticmethod(staticmethod):
            __isabstractmethod__ = True

            def __init__(self, callable):
                callable.__isabstractmethod__ = True
                super().__init__(callable)

        class abstractproperty(property):
            __isabstractmethod__ = True

        for cls in (abstractclassmethod, abstractstaticmethod, abstractproperty):
            cls.__qualname__ = cls.__name__
    except TypeError:
        def abstractclassmethod(callable):
            callable.__isabstractmethod__ = True
            return classmethod(callable)

        def abstractstaticmethod(callable):
            callable.__isabstractmethod__ = True
            return staticmethod(callable)

        def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
            if fget is not None:
                fget.__isabstractmethod__ = True
            return property(fget, fset, fdel, doc)
    return abstractclassmethod, abstractstaticmethod, abstractproperty


abstractclassmethod, abstractstaticmethod, abstractproperty = _define_abstract_descriptors()
del _define_abstract_descriptors


# Bumped by every register(), so callers caching isinstance answers know to drop them.
_cache_token = [0]


def get_cache_token():
    return _cache_token[0]


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False) is True


def _compute_abstracts(cls, namespace):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Invariants per class: _abc_registry holds the classes register()ed directly on it;
    _abc_children its direct subclasses that are ABCMeta instances (a virtual subclass of a child
    is one of the parent's too); _abc_positive caches classes known to be subclasses (register
    never removes one, so positive answers never go stale; negative ones are recomputed).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        cls._abc_registry = []
        cls._abc_children = []
        cls._abc_positive = set()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_children.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_positive:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_positive:
            return True
        # object.__subclasshook__ answers NotImplemented; looked up leniently because a runtime
        # may not define it on object.
        hook = getattr(cls, '__subclasshook__', None)
        answer = NotImplemented if hook is None else hook(subclass)
        if answer is not NotImplemented:
            if answer:
                cls._abc_positive.add(subclass)
            return bool(answer)
        found = cls in subclass.__mro__
        if not found:
            for registered in cls._abc_registry:
                if issubclass(subclass, registered):
                    found = True
                    break
        if not found:
            for child in cls._abc_children:
                if issubclass(subclass, child):
                    found = True
                    break
        if found:
            cls._abc_positive.add(subclass)
        return found

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        print(f'_abc_registry: {cls._abc_registry!r}', file=file)


class ABC(metaclass=ABCMeta):
    """Base class to get ABCMeta by inheritance."""
    __slots__ = ()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or removed."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
