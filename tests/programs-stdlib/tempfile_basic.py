# tempfile: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory.
import os
import tempfile

print(tempfile.gettempdir() == (os.environ.get('TMPDIR') or '/tmp'), tempfile.gettempprefix())
fd, name = tempfile.mkstemp(suffix='.txt', prefix='pyx_')
base = os.path.basename(name)
print(type(fd).__name__, os.path.isabs(name), base.startswith('pyx_'), base.endswith('.txt'), len(base))
os.write(fd, b'hello')
os.close(fd)
with open(name) as f:
    print(f.read())
print(oct(os.stat(name).st_mode & 0o777))
os.remove(name)

d = tempfile.mkdtemp(prefix='pyx_dir_')
print(os.path.isdir(d), os.path.basename(d).startswith('pyx_dir_'), oct(os.stat(d).st_mode & 0o777))
os.rmdir(d)

with tempfile.NamedTemporaryFile('w+', suffix='.log') as t:
    print(t.name.endswith('.log'), os.path.exists(t.name))
    t.write('first\nsecond\n')
    t.seek(0)
    print(t.readlines())
    t.seek(0)
    print([line.strip() for line in t])
    kept = t.name
print(os.path.exists(kept))

t = tempfile.NamedTemporaryFile(delete=False)
t.write(b'bytes here')
t.close()
with open(t.name, 'rb') as f:
    print(f.read())
os.unlink(t.name)

with tempfile.TemporaryFile('w+') as tf:
    tf.write('anonymous')
    tf.seek(0)
    print(tf.read(), type(tf.name).__name__)

with tempfile.TemporaryDirectory(prefix='pyx_td_') as td:
    print(os.path.isdir(td), os.path.basename(td).startswith('pyx_td_'))
    os.makedirs(os.path.join(td, 'x', 'y'))
    with open(os.path.join(td, 'x', 'y', 'z.txt'), 'w') as f:
        f.write('z')
    kept = td
print(os.path.exists(kept))
tdo = tempfile.TemporaryDirectory()
print(repr(tdo).startswith("<TemporaryDirectory '"), os.path.isdir(tdo.name))
tdo.cleanup()
print(os.path.exists(tdo.name))
