# os: directories, files, stat, environ, walk, descriptors — under /tmp, cleaned up.
import os
from pathlib import Path
import os.path
from os.path import join

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull)
top = f'/tmp/pyx_os_module_{os.getpid()}'
os.makedirs(join(top, 'a', 'b'))
os.makedirs(join(top, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(join(top, 'a'))
except FileExistsError as e:
    print('FileExistsError:', str(e).replace(top, 'TOP'))
try:
    os.mkdir(top)
except FileExistsError as e:
    print('FileExistsError:', str(e).replace(top, 'TOP'))
os.mkdir(join(top, 'c'))
for name, text in [('a/one.txt', 'one\n'), ('a/b/two.txt', 'two two\n'), ('three.py', 'print(3)\n')]:
    with open(join(top, name), 'w') as f:
        f.write(text)
print(sorted(os.listdir(top)))
print(os.path.getsize(join(top, 'a/b/two.txt')), os.path.isfile(join(top, 'three.py')), os.path.isdir(join(top, 'c')))
print(os.path.exists(join(top, 'nope')), os.path.isfile(join(top, 'c')), os.path.isdir(join(top, 'three.py')))
st = os.stat(join(top, 'a/one.txt'))
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mode & 0o170000 == 0o100000)
os.rename(join(top, 'three.py'), join(top, 'c', 'moved.py'))
print(sorted(os.listdir(join(top, 'c'))))
for root, dirs, files in os.walk(top):
    dirs.sort()
    print(root.replace(top, 'TOP'), dirs, sorted(files))
# bottom-up: every directory comes after all of its subdirectories
seen = []
for root, dirs, files in os.walk(top, topdown=False):
    for dname in dirs:
        assert os.path.join(root, dname) in seen, (root, dname)
    seen.append(root)
print(sorted(s.replace(top, 'TOP') for s in seen))
try:
    os.remove(join(top, 'nope.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError:', str(e).replace(top, 'TOP'))
try:
    os.rename(join(top, 'nope'), join(top, 'other'))
except FileNotFoundError as e:
    print('FileNotFoundError:', str(e).replace(top, 'TOP'))
try:
    os.rmdir(top)
except OSError as e:
    print(type(e).__name__, str(e).replace(top, 'TOP'))
try:
    os.remove(join(top, 'c'))
except OSError as e:
    print(type(e).__name__, str(e).replace(top, 'TOP'))
try:
    os.listdir(join(top, 'a/one.txt'))
except NotADirectoryError as e:
    print('NotADirectoryError:', str(e).replace(top, 'TOP'))
fd = os.open(join(top, 'fd.bin'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'raw bytes\n'))
os.close(fd)
fd = os.open(join(top, 'fd.bin'), os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 5))
os.close(fd)
with os.fdopen(os.open(join(top, 'fd.bin'), os.O_RDONLY)) as f:
    print(repr(f.read()))
os.unlink(join(top, 'fd.bin'))
# remove everything, deepest first
for root, dirs, files in os.walk(top, topdown=False):
    for name in files:
        os.remove(join(root, name))
    for name in dirs:
        os.rmdir(join(root, name))
os.rmdir(top)
print(os.path.exists(top))

old = os.getcwd()
os.chdir('/tmp')
print(os.getcwd() == os.path.realpath('/tmp'))
os.chdir(old)
print(os.getcwd() == old)

os.environ['PYX_OS_TEST'] = 'value 1'
print(os.environ['PYX_OS_TEST'], os.getenv('PYX_OS_TEST'), 'PYX_OS_TEST' in os.environ)
print(os.getenv('PYX_OS_MISSING'), os.getenv('PYX_OS_MISSING', 'default'), os.environ.get('PYX_OS_MISSING', 0))
del os.environ['PYX_OS_TEST']
print('PYX_OS_TEST' in os.environ, os.environ.pop('PYX_OS_TEST', 'gone'))
try:
    os.environ['PYX_OS_MISSING']
except KeyError as e:
    print('KeyError:', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError:', e)
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, len(os.urandom(8)), type(os.urandom(2)).__name__)
print(os.fspath('p'), os.fsencode('p'), os.fsdecode(b'p'))

# scandir, and a file written without close() (CPython closes it at once; pyx writes through)
d = f'/tmp/pyx_os_module_sd_{os.getpid()}'
os.mkdir(d)
open(os.path.join(d, 'f.txt'), 'w').write('abc')
os.mkdir(os.path.join(d, 'sub'))
with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
print(open(os.path.join(d, 'f.txt')).read(), os.fspath(entries[0]) == os.path.join(d, 'f.txt'))
os.remove(os.path.join(d, 'f.txt'))
os.rmdir(os.path.join(d, 'sub'))
os.rmdir(d)

# environ as a mapping; os.path on Path objects
d = dict(os.environ)
print(d == os.environ.copy(), isinstance(d, dict), len(d) == len(os.environ))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(os.environ.setdefault('PYX_ENV_T', 'x'), os.environ['PYX_ENV_T'])
print(os.path.join(Path('/a'), 'b'), os.path.basename(Path('/a/b.txt')), os.path.exists(Path('/tmp')))
print('PATH' in os.environ, sorted(os.environ)[:0])
os.environ.update({'PYX_ENV_U': '1'}, PYX_ENV_V='2')
print(os.getenv('PYX_ENV_U'), os.getenv('PYX_ENV_V'))
print(type(os.environ).__name__)
