"""os for pyx: a POSIX `os` over the native core _pyx_os (runtime/modules/files-os.ts).

Paths may be str, bytes or os.PathLike (their __fspath__ is used). What is here: the process
(getcwd, chdir, getpid, cpu_count, environ/getenv/putenv/unsetenv), files and directories
(stat, listdir, scandir-free walk, mkdir/makedirs, rmdir/removedirs, remove/unlink, rename/
replace, open/close/read/write/fdopen on descriptors, urandom) and os.path."""

import _pyx_os
from . import path

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
name = 'posix'

O_RDONLY = _pyx_os.O_RDONLY
O_WRONLY = _pyx_os.O_WRONLY
O_RDWR = _pyx_os.O_RDWR
O_CREAT = _pyx_os.O_CREAT
O_EXCL = _pyx_os.O_EXCL
O_TRUNC = _pyx_os.O_TRUNC
O_APPEND = _pyx_os.O_APPEND
F_OK = _pyx_os.F_OK
R_OK = _pyx_os.R_OK
W_OK = _pyx_os.W_OK
X_OK = _pyx_os.X_OK
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


class PathLike:
    """The os.PathLike protocol: a class with __fspath__ counts as one."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__')


def fspath(p):
    """Return the str or bytes of a path-like object, as CPython's os.fspath."""
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


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8') if isinstance(filename, bytes) else filename


def _p(p):
    # os functions take a path-like; a bytes path is decoded (pyx's core works on str paths).
    p = fspath(p)
    return p.decode('utf-8') if isinstance(p, bytes) else p


class _Environ:
    """os.environ: a mapping of the process environment; assignments reach child processes' view
    (putenv) as CPython's."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        _pyx_os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]
        _pyx_os.unsetenv(key)

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def update(self, other=(), **kwds):
        pairs = other.items() if hasattr(other, 'items') else other
        for k, v in pairs:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def __or__(self, other):
        d = dict(self._data)
        d.update(other)
        return d


environ = _Environ(_pyx_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _pyx_os.putenv(key, value)


def unsetenv(key):
    _pyx_os.unsetenv(key)


def getcwd():
    return _pyx_os.getcwd()


def getcwdb():
    return _pyx_os.getcwd().encode('utf-8')


chdir = _pyx_os.chdir
def getpid():
    return _pyx_os.getpid()


def getppid():
    return _pyx_os.getppid()


def cpu_count():
    return _pyx_os.cpu_count()


def process_cpu_count():
    return _pyx_os.cpu_count()


def urandom(size):
    if size < 0:
        raise ValueError('negative argument not allowed')
    return _pyx_os.urandom(size)


stat = _pyx_os.stat
lstat = _pyx_os.lstat
listdir = _pyx_os.listdir
class DirEntry:
    """One entry of scandir(): name, path, is_dir()/is_file()/is_symlink(), stat()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (not path.islink(self.path) and path.isdir(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (not path.islink(self.path) and path.isfile(self.path))

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return stat(self.path, follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._it = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._it))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path='.'):
    """The entries of a directory (in the file system's order), as DirEntry objects."""
    p = _p(path)
    return _ScandirIterator(p, _pyx_os.listdir(p))


mkdir = _pyx_os.mkdir


def makedirs(name, mode=0o777, exist_ok=False):
    name = _p(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        # Another creator, or a directory already there: fine only with exist_ok.
        if not exist_ok or not path.isdir(name):
            raise


rmdir = _pyx_os.rmdir


def removedirs(name):
    rmdir(name)
    head, tail = path.split(_p(name))
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


remove = unlink = _pyx_os.remove


rename = replace = _pyx_os.rename


def renames(old, new):
    head, tail = path.split(_p(new))
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(_p(old))
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


access = _pyx_os.access
chmod = _pyx_os.chmod
utime = _pyx_os.utime
# The C-level functions are the native ones themselves (no Python frame in tracebacks, as CPython's).
open = _pyx_os.open
close = _pyx_os.close
write = _pyx_os.write
read = _pyx_os.read


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) as CPython's os.walk; names come
    in the order the file system lists them (as CPython's)."""
    top = fspath(top)
    stack = [top]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            yield item
            continue
        try:
            names = listdir(item)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        dirs = []
        nondirs = []
        walk_into = []
        for entry in names:
            full = path.join(item, entry)
            if path.isdir(full):
                dirs.append(entry)
                if followlinks or not path.islink(full):
                    walk_into.append(full)
            else:
                nondirs.append(entry)
        if topdown:
            yield item, dirs, nondirs
            # The caller may prune or reorder dirs in place; walk what it left, in its order.
            for d in reversed(dirs):
                new_path = path.join(item, d)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((item, dirs, nondirs))
            for new_path in reversed(walk_into):
                stack.append(new_path)


def get_terminal_size(fd=1):
    raise OSError('[Errno 25] Inappropriate ioctl for device')


class terminal_size(tuple):
    """os.terminal_size: a (columns, lines) struct sequence."""
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0
    __match_args__ = ('columns', 'lines')

    def __new__(cls, sequence, dict=None):
        sequence = tuple(sequence)
        if len(sequence) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(sequence)}-sequence given)')
        return super().__new__(cls, sequence)

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'

    def __reduce__(self):
        return (terminal_size, (tuple(self),))

