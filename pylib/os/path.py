"""os.path for pyx: POSIX path operations (CPython's posixpath), as pure string functions
plus the few that ask the file system (exists, isfile, isdir, getsize, ... through os.stat)."""

import _pyx_os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(r).__name__}')
    return r


def _check(funcname, *args):
    # CPython's genericpath._check_arg_types: names the first argument that is not a str.
    for s in args:
        if not isinstance(s, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f"not '{type(s).__name__}'") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith('/')


def join(a, *p):
    a = _fspath(a)
    path = a
    try:
        for b in map(_fspath, p):
            if b.startswith('/'):
                path = b
            elif not path or path.endswith('/'):
                path += b
            else:
                path += '/' + b
    except (TypeError, AttributeError):
        _check('join', a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        # A leading run of dots in the name is not an extension ('.bashrc', '..').
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _fspath(path)
    if not path:
        return '.'
    # POSIX keeps exactly two leading slashes (implementation-defined), collapses three or more.
    initial = 2 if path.startswith('//') and not path.startswith('///') else 1 if path.startswith('/') else 0
    comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not comps) or (comps and comps[-1] == '..'):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = '/' * initial + '/'.join(comps)
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_pyx_os.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    path = abspath(path)
    try:
        return _pyx_os.realpath(path)
    except OSError:
        if strict:
            raise
        # The existing prefix resolved, the rest kept as written (as CPython's non-strict mode).
        head, tail = split(path)
        if head == path:
            return path
        return join(realpath(head), tail)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    try:
        isabs_all = {p.startswith('/') for p in paths}
    except TypeError:
        raise
    if len(isabs_all) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if paths[0].startswith('/') else ''
    return prefix + '/'.join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user: pyx has no password database; CPython returns the path unchanged for an unknown user.
        return path
    env = _pyx_os.environ()
    userhome = env['HOME'] if 'HOME' in env else _pyx_os.home()
    userhome = userhome.rstrip('/')
    return (userhome + path[i:]) or '/'


def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    env = _pyx_os.environ()
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j >= 0 and path[i + 2:j] in env:
                    out.append(env[path[i + 2:j]])
                    i = j + 1
                    continue
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == '_'):
                    j += 1
                name = path[i + 1:j]
                if name and name in env:
                    out.append(env[name])
                    i = j
                    continue
        out.append(c)
        i += 1
    return ''.join(out)


def _mode(path, follow=True):
    try:
        return (_pyx_os.stat(path) if follow else _pyx_os.lstat(path)).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    m = _mode(path)
    return m is not None and (m & _S_IFMT) == _S_IFREG


def isdir(s):
    m = _mode(s)
    return m is not None and (m & _S_IFMT) == _S_IFDIR


def islink(path):
    m = _mode(path, False)
    return m is not None and (m & _S_IFMT) == _S_IFLNK


def ismount(path):
    return abspath(path) == '/'


def getsize(filename):
    return _pyx_os.stat(filename).st_size


def getmtime(filename):
    return _pyx_os.stat(filename).st_mtime


def getatime(filename):
    return _pyx_os.stat(filename).st_atime


def getctime(filename):
    return _pyx_os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _pyx_os.stat(f1)
    s2 = _pyx_os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
