# open()'s errors: missing files, directories, bad modes and arguments, closed files.
import os

d = f'/tmp/pyx_files_errors_{os.getpid()}'
os.mkdir(d)
try:
    open(d + '/missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(d, 'D'))
    print(isinstance(e, OSError))
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, str(e).replace(d, 'D'))
try:
    open(d, 'w')
except OSError as e:
    print(type(e).__name__, str(e).replace(d, 'D'))
try:
    open(d + '/no/such/dir.txt', 'w')
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(d, 'D'))
for mode in ['q', 'rw', 'rr', 'bt', '+']:
    try:
        open(d + '/x', mode)
    except ValueError as e:
        print(repr(mode), e)
try:
    open(d + '/x', 'w', encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
try:
    open(3.5)
except TypeError as e:
    print('TypeError:', e)
try:
    open(d + '/x', 5)
except TypeError as e:
    print('TypeError:', e)
with open(d + '/x', 'w') as f:
    pass
f = open(d + '/x')
f.close()
f.close()
for op in [f.read, f.readline, f.readlines, f.tell, lambda: f.seek(0), lambda: iter(f), lambda: f.write('a')]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
with open(d + '/x', 'w') as f:
    try:
        f.read()
    except OSError as e:
        print('not readable:', e)
with open(d + '/x') as f:
    try:
        f.write('x')
    except OSError as e:
        print('not writable:', e)
    try:
        f.seek(2, 1)
    except OSError as e:
        print('seek:', e)
class Custom:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
with open(Custom(d + '/x'), 'w') as f:
    f.write('via __fspath__')
print(open(Custom(d + '/x')).read())
os.remove(d + '/x')
os.rmdir(d)
open('/tmp/pyx_files_errors_no_such_dir/gone.txt')
