# os.path string operations (no file system), as posixpath.
import os
import os.path as osp

print(osp.join('a', 'b', 'c.txt'), osp.join('/a', '/b', 'c'), osp.join('a/', 'b'), osp.join('', 'x'), osp.join('a', ''))
for p in ['/usr/lib/python3.13/os.py', 'file.tar.gz', '.bashrc', 'dir/', '/', '', 'a/b/..', '//x//y//', 'noext', '...', 'a.b/c']:
    print(repr(p), osp.split(p), osp.splitext(p), repr(osp.basename(p)), repr(osp.dirname(p)))
for p in ['a//b/./c/../d', '/../x', '//a/b', '///a', '', '.', '..', '../..', 'a/../..', '/a/b/../../..', 'x/./']:
    print(repr(p), repr(osp.normpath(p)))
print(osp.isabs('/x'), osp.isabs('x'), osp.isabs(''))
print(osp.relpath('/a/b/c', '/a/d'), osp.relpath('/a/b', '/a/b'), osp.relpath('/x', '/a/b/c'))
print(osp.commonprefix(['/usr/lib', '/usr/local', '/usr/lib64']), osp.commonpath(['/usr/lib', '/usr/local']))
print(osp.commonprefix([]), osp.splitdrive('/a/b'))
try:
    osp.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError:', e)
try:
    osp.join('a', 5)
except TypeError as e:
    print('TypeError:', e)
print(osp.abspath('rel/x') == osp.join(os.getcwd(), 'rel/x'), osp.abspath('/a/./b/../c'))
home = os.environ['HOME']
print(osp.expanduser('~/notes.txt') == home.rstrip('/') + '/notes.txt', osp.expanduser('x/~'), osp.expanduser('~') == home)
os.environ['PYX_PATH_VAR'] = 'val'
print(osp.expandvars('$PYX_PATH_VAR/a/${PYX_PATH_VAR}/$NO_SUCH_VAR_XYZ/$'))
print(osp.sep, osp.curdir, osp.pardir, osp.extsep, osp.pathsep, os.path is osp)
