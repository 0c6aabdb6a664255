"""glob for pyx: pathnames matching a shell pattern (*, ?, [seq], and ** with recursive=True),
as CPython's: names starting with '.' match only a pattern component starting with '.' (unless
include_hidden), results come in the file system's order (not sorted), root_dir/dir_fd aside."""

import os
import re
import fnmatch

__all__ = ['escape', 'glob', 'iglob', 'has_magic']

_magic_check = re.compile('([*?[])')


def has_magic(s):
    return _magic_check.search(s) is not None


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    return drive + _magic_check.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and pathname[:2] == '**':
        # '**' alone would also give '' (the root itself): CPython drops it.
        for x in it:
            if x:
                yield x
        return
    yield from it


def _join(root_dir, p):
    # `p` relative to root_dir (the current directory when None); '' is root_dir itself.
    if root_dir is None:
        return p
    return os.path.join(root_dir, p) if p else root_dir


def _exists(root_dir, p):
    return os.path.lexists(_join(root_dir, p) or '.')


def _isdir(root_dir, p):
    return os.path.isdir(_join(root_dir, p) or '.')


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root_dir, pathname):
                yield pathname
        elif _isdir(root_dir, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == '**':
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or '.')
    except OSError:
        return []
    if dironly:
        return [n for n in names if os.path.isdir(os.path.join(dirname or '.', n))]
    return names


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or pattern.startswith('.')):
        names = [x for x in names if not x.startswith('.')]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(os.path.join(dirname or '.', basename)):
            return [basename]
    elif os.path.isdir(dirname or '.'):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    # '**': this directory ('') and everything below it.
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not x.startswith('.'):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            if os.path.isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(x, y)
