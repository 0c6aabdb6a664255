# os errors: path-likes accepted, wrong argument types, and an uncaught error's traceback
# (os.remove is a C function in CPython: no frame of the os module shows).
import os
from pathlib import Path
try:
    os.stat(Path('/tmp/pyx_os_errors_no_such'))
except FileNotFoundError as e:
    print(type(e).__name__, e)
for bad in [lambda: os.mkdir(3.5), lambda: os.listdir([]), lambda: os.remove(None)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(os.stat('/tmp', follow_symlinks=False).st_mode & 0o170000 == 0o040000, os.lstat('/tmp') is not None)
os.remove('/tmp/pyx_os_errors_no_such_file')
