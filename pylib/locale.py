"""locale for pyx (written for it): the C/POSIX locale and C.UTF-8, as CPython 3.13 behaves on
a Linux system with only those installed (a container's usual state).

setlocale accepts 'C', 'POSIX', 'C.UTF-8'/'C.utf8', '' (the environment's LC_ALL, LC_*, LANG)
and (language, encoding) pairs, per category, with glibc's composite LC_ALL name when the
categories differ; any other locale is glibc's "unsupported locale setting" (locale.Error).
The process starts as CPython's does: LC_CTYPE from the environment (C.UTF-8), the rest "C".
Formatting follows the C conventions: no grouping, '.' decimal point, no currency.

Not here: real locales (glibc's locale data), the full alias table of normalize(),
getdefaultlocale, bindtextdomain and friends, most nl_langinfo items.
"""

import os as _os

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'localeconv',
           'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string', 'currency', 'normalize',
           'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX',
           'getencoding', 'LC_MESSAGES', 'delocalize', 'localize']

_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

CHAR_MAX = 127
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CODESET = 14

# glibc's categories in its composite-name order (Python exposes the first six).
_GLIBC = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER',
          'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_current = {name: 'C' for name in _GLIBC}
_current['LC_CTYPE'] = 'C.UTF-8'   # CPython sets LC_CTYPE from the environment at start-up (PEP 538)


def _supported(name):
    if name in ('C', 'POSIX'):
        return 'C'
    if name in ('C.UTF-8', 'C.utf8', 'C.utf-8', 'C.UTF8'):
        return name
    return None


def _from_environment(category):
    for var in ('LC_ALL', category, 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _query():
    values = [_current[name] for name in _GLIBC]
    if all(v == values[0] for v in values):
        return values[0]
    return ';'.join(f'{name}={value}' for name, value in zip(_GLIBC, values))


def setlocale(category, locale=None):
    if locale is not None and not isinstance(locale, _str):
        locale = _build_localename(locale)
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error('unsupported locale setting')
    names = _GLIBC if category == LC_ALL else [_GLIBC[category]]
    if locale is None:
        return _query() if category == LC_ALL else _current[names[0]]
    chosen = {}
    for name in names:
        wanted = _from_environment(name) if locale == '' else locale
        resolved = _supported(wanted)
        if resolved is None:
            raise Error('unsupported locale setting')
        chosen[name] = resolved
    _current.update(chosen)
    return _query() if category == LC_ALL else _current[names[0]]


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def normalize(localename):
    """The locale name with its encoding spelled canonically ('en_US.utf8' -> 'en_US.UTF-8')."""
    code = localename.lower()
    if code in ('c', 'posix'):
        return 'C'
    if '.' in localename:
        lang, _, encoding = localename.partition('.')
        enc = encoding.lower().replace('-', '').replace('_', '')
        canonical = {'utf8': 'UTF-8', 'iso88591': 'ISO8859-1', 'iso885915': 'ISO8859-15', 'latin1': 'ISO8859-1'}.get(enc, encoding)
        if lang.lower() == 'c':
            lang = 'C'
        return f'{lang}.{canonical}'
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def getencoding():
    return 'UTF-8'


def nl_langinfo(key):
    if key == CODESET:
        return 'UTF-8' if 'UTF' in _current['LC_CTYPE'].upper() or 'utf' in _current['LC_CTYPE'] else 'ANSI_X3.4-1968'
    raise ValueError('unsupported langinfo constant')


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(string):
    return string


def format_string(f, val, grouping=False, monetary=False):
    # The C locale groups nothing and writes '.' for the decimal point: plain % formatting.
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    if localeconv()['frac_digits'] == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return format_string('%.2f', val)


def str(val):
    return format_string('%.12g', val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
