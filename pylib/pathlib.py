"""pathlib for pyx: PurePath/PurePosixPath and Path/PosixPath (POSIX only), as CPython 3.13's
for the common operations: joining with /, parts/name/suffix/stem/parent/parents, with_name/
with_suffix/relative_to, comparisons, and the file system through os (exists, is_file, is_dir,
read/write_text/bytes, open, mkdir, rmdir, unlink, rename, touch, iterdir, glob/rglob, resolve).
Windows flavours (PureWindowsPath) and pattern matching with match()/full_match() are not here."""

import fnmatch
import os
import re

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath', 'UnsupportedOperation']


class UnsupportedOperation(NotImplementedError):
    pass


def _parse(raw):
    """(root, parts) of a POSIX path string, as pathlib normalizes it: repeated slashes and '.'
    components dropped, '..' kept, exactly two leading slashes kept."""
    if raw.startswith('//') and not raw.startswith('///'):
        root = '//'
    elif raw.startswith('/'):
        root = '/'
    else:
        root = ''
    parts = [p for p in raw.split('/') if p and p != '.']
    return root, parts


class PurePath:
    """A path without file system access; PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        segments = []
        for a in args:
            if isinstance(a, PurePath):
                segments.append(str(a))
                continue
            s = os.fspath(a)
            if not isinstance(s, str):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                f"__fspath__ returns a str, not {type(s).__name__!r}")
            segments.append(s)
        raw = os.path.join(*segments) if segments else ''
        self._root, self._tail = _parse(raw)

    @classmethod
    def _from(cls, root, tail):
        p = object.__new__(cls)
        p._root = root
        p._tail = list(tail)
        return p

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        return (self._root + '/'.join(self._tail)) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __bytes__(self):
        return os.fsencode(str(self))

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def _cmp_parts(self):
        return str(self).split('/')

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from(self._root, self._tail[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._tail:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._from(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f'{self!r} has a non-empty suffix')
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and (not suffix.startswith('.') or suffix == '.')):
            raise ValueError(f'Invalid suffix {suffix!r}')
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        return self.with_name(self.stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        if self._root != other._root:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
        n = len(other._tail)
        if self._tail[:n] == other._tail:
            return self._from('', self._tail[n:])
        if not walk_up:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
        common = 0
        while common < n and common < len(self._tail) and self._tail[common] == other._tail[common]:
            common += 1
        if '..' in other._tail[common:]:
            raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        return self._from('', ['..'] * (n - common) + self._tail[common:])

    def is_relative_to(self, other):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return self._root == other._root and self._tail[:len(other._tail)] == other._tail


class PurePosixPath(PurePath):
    pass


def _pattern_regex(pat):
    """A regex for one glob path component: fnmatch's translation (*, ?, [seq], [!seq])."""
    return re.compile(fnmatch.translate(pat))


class Path(PurePath):
    """A path with file system operations; Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self) if follow_symlinks else os.path.lexists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_symlink(self):
        return os.path.islink(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open('r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open('wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(f'[Errno 17] File exists: {str(self)!r}')
            return
        fd = os.open(self, os.O_WRONLY | os.O_CREAT, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._tail + [name])

    def _glob_parts(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            # Zero or more directories (this one first, then each below it).
            yield from self._glob_parts(rest)
            for child in self._dirs():
                yield from child._glob_parts(parts)
            return
        if head == '..':
            yield from self._from(self._root, self._tail + ['..'])._glob_parts(rest)
            return
        rx = _pattern_regex(head)
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            if rx.match(name):
                child = self._from(self._root, self._tail + [name])
                if rest and not child.is_dir():
                    continue
                yield from child._glob_parts(rest)

    def _dirs(self):
        try:
            names = os.listdir(self)
        except OSError:
            return []
        out = []
        for name in names:
            child = self._from(self._root, self._tail + [name])
            if child.is_dir() and not child.is_symlink():
                out.append(child)
        return out

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        if not pattern:
            raise ValueError(f'Unacceptable pattern: {pattern!r}')
        if pattern.startswith('/'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = [p for p in pattern.split('/') if p and p != '.']
        seen = set()
        for p in self._glob_parts(parts):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob('**/' + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(self, top_down, on_error, follow_symlinks):
            yield self.with_segments(root), dirs, files

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        return self.with_segments(os.path.realpath(self, strict=strict))

    def expanduser(self):
        return self.with_segments(os.path.expanduser(str(self)))


class PosixPath(Path, PurePosixPath):
    pass
