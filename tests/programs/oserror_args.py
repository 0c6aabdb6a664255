# OSError(errno, ...) picks its subclass from errno; a filename is cut from args but kept
# for str() and .filename; IOError/EnvironmentError are OSError itself.
cases = [(2, 'nf'), (2, 'nf', 'f.txt'), (13, 'perm'), (1, 'eperm'), (17, 'x'), (99999, 'x'),
         ('a', 'b'), (2,), (1, 2, 3, 4), (2, 'nf', 'a', 0, 'b'), (2, 'nf', None), (None, None),
         (2, 'x', 5), (True, 'x'), (11, 'x', 5), (32, 'pipe'), (110, 't'), (4, 'i')]
for a in cases:
    e = OSError(*a)
    print(type(e).__name__, repr(str(e)), e.args, repr(e), e.errno, e.strerror, e.filename, e.filename2)
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError, IOError.__name__)
class MyE(OSError):
    pass
print(type(MyE(2, 'x')).__name__, type(FileNotFoundError(13, 'x')).__name__)
try:
    raise OSError(2, 'No such file or directory', 'missing.txt')
except FileNotFoundError as e:
    print('caught', e, e.errno, e.filename)
try:
    raise IOError(13, 'denied')
except PermissionError as e:
    print('caught', type(e).__name__, e)
