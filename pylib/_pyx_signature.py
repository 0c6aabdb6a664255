"""Argument binding with CPython's messages, for callables pylib builds without exec.

CPython's namedtuple and dataclasses generate `def __new__(_cls, x, y)` source and exec it, so
a bad call raises the interpreter's own TypeError ("Point.__new__() missing 1 required
positional argument: 'y'"). pyx's pylib builds those methods as closures over a field list
instead (no exec, nothing to parse at run time); bind() reproduces the messages the generated
function would raise.
"""

__all__ = ['bind', 'name_list']

_MISSING = object()


def name_list(names):
    """'a', "'a' and 'b'", "'a', 'b', and 'c'": CPython's list of missing argument names."""
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def bind(qualname, positional, defaults, args, kwargs, kw_only=(), kw_defaults=None):
    """Returns the list of values for positional + kw_only, in that order.

    positional: the names that may be passed by position (then keyword); defaults: a dict of
    name -> default for any of them (trailing ones, as in a def). kw_only: keyword-only names;
    kw_defaults: their defaults. `positional` excludes the callable's own first parameter
    (self/_cls); "takes N positional arguments" counts it, as CPython's message does.
    """
    if kw_defaults is None:
        kw_defaults = {}
    n_pos = len(positional)
    if len(args) > n_pos:
        n_required = sum(1 for n in positional if n not in defaults)
        given = len(args) + 1
        if n_required == n_pos:
            takes = f'{n_pos + 1} positional argument' + ('' if n_pos + 1 == 1 else 's')
        else:
            takes = f'from {n_required + 1} to {n_pos + 1} positional arguments'
        were = 'was' if given == 1 else 'were'
        if kwargs and kw_only:
            extra = sum(1 for k in kwargs if k in kw_only)
            if extra:
                word = 'argument' if extra == 1 else 'arguments'
                raise TypeError(f'{qualname}() takes {takes} but {given} positional '
                                f'{word} (and {extra} keyword-only {word}) {were} given')
        raise TypeError(f'{qualname}() takes {takes} but {given} {were} given')
    values = {}
    for name, value in zip(positional, args):
        values[name] = value
    for key, value in kwargs.items():
        if key in values:
            raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
        if key not in positional and key not in kw_only:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
        values[key] = value
    missing = [n for n in positional if n not in values and n not in defaults]
    if missing:
        word = 'argument' if len(missing) == 1 else 'arguments'
        raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                        f'{word}: {name_list(missing)}')
    missing = [n for n in kw_only if n not in values and n not in kw_defaults]
    if missing:
        word = 'argument' if len(missing) == 1 else 'arguments'
        raise TypeError(f'{qualname}() missing {len(missing)} required keyword-only '
                        f'{word}: {name_list(missing)}')
    out = []
    for name in positional:
        out.append(values[name] if name in values else defaults[name])
    for name in kw_only:
        out.append(values[name] if name in values else kw_defaults[name])
    return out
