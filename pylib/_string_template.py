"""string.Template (part of pylib's string): $name, ${name} and $$ substitution."""

import re as _re


def _ChainMap(*maps):
    # collections.ChainMap, imported at the first substitute() with keywords: it stands on
    # collections.abc, which `import string` need not load.
    from collections import ChainMap
    return ChainMap(*maps)


__all__ = ['Template']

_sentinel_dict = {}


class Template:
    """A string with $-placeholders; subclasses may change delimiter, idpattern, braceidpattern,
    flags, or give the whole pattern (with groups escaped, named, braced, invalid)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            pattern = cls._default_pattern()
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    @classmethod
    def _default_pattern(cls):
        delim = _re.escape(cls.delimiter)
        ident = cls.idpattern
        brace = cls.braceidpattern or cls.idpattern
        return (fr'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                fr'{{(?P<braced>{brace})}}|(?P<invalid>))')

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


# Template's own pattern, as __init_subclass__ makes it for subclasses.
Template.pattern = _re.compile(Template._default_pattern(), Template.flags | _re.VERBOSE)
Template.__module__ = 'string'
