# errno's constants and errorcode, and OSError's subclass picked from them.
import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.EPIPE, errno.EINVAL)
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], len(errno.errorcode) > 100)
for code in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.ECHILD, errno.ESRCH, errno.EINVAL):
    e = OSError(code, 'message')
    print(errno.errorcode[code], type(e).__name__, e.errno == code)
print(sorted(n for n in dir(errno) if n.startswith('E'))[:5])
