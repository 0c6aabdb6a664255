"""tempfile for pyx: gettempdir, mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile and
TemporaryDirectory, as CPython's (names are `prefix + 8 random [a-z0-9_] + suffix`, files are
created with O_EXCL and mode 0o600, directories with 0o700). SpooledTemporaryFile is not here."""

import os as _os

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkstemp', 'mkdtemp',
           'mktemp', 'gettempdir', 'gettempprefix', 'gettempdirb', 'gettempprefixb', 'TMP_MAX',
           'tempdir', 'template']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    return ''.join(_CHARACTERS[b % len(_CHARACTERS)] for b in _os.urandom(8))


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP or $TMP if set, else /tmp."""
    global tempdir
    if tempdir is None:
        for var in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.getenv(var)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this user can read and write; returns (fd, absolute path)."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(name, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(name)
    raise FileExistsError('No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only this user can use; returns its absolute path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(name)
    raise FileExistsError('No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(name):
            return name
    raise FileExistsError('No usable temporary filename found')


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns: the open file's methods and attributes, plus
    .name (the path) and .file; closing it (or leaving `with`) deletes the file if `delete`."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def _remove(self):
        if not self._removed:
            self._removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.file.close()
        if self.delete:
            self._remove()
        return None

    def close(self):
        self.file.close()
        if self.delete and self._delete_on_close:
            self._remove()

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper object at {id(self):#x}>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = open(fd, mode, buffering, encoding, errors, newline)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An open file with no name in the file system (unlinked at once, as CPython on POSIX)."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.unlink(name)
    try:
        return open(fd, mode, buffering, encoding, errors, newline)
    except BaseException:
        _os.close(fd)
        raise


def _rmtree(path, ignore_errors=False):
    try:
        for root, dirs, files in _os.walk(path, topdown=False):
            for name in files:
                _os.remove(_os.path.join(root, name))
            for name in dirs:
                full = _os.path.join(root, name)
                if _os.path.islink(full):
                    _os.remove(full)
                else:
                    _os.rmdir(full)
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with everything in it on cleanup() or when the
    `with` block ends (`with TemporaryDirectory() as name:` gives the path)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            _rmtree(self.name, self._ignore_cleanup_errors)
        self._done = True
