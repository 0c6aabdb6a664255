# Closed files and unsupported operations: CPython's exact texts per operation and mode.
import os
p = f'/tmp/pyx_files_closed_{os.getpid()}.txt'
open(p, 'w').close()
for m in ['r', 'w', 'r+', 'rb', 'wb', 'rb+']:
    f = open(p, m)
    f.close()
    out = []
    for op in ['read', 'readline', 'readlines', 'tell', 'seek', 'write', 'fileno', 'flush', 'readable', 'writable', 'seekable', 'isatty', '__iter__', '__next__', '__enter__', 'writelines']:
        try:
            fn = getattr(f, op)
            if op == 'seek':
                fn(0)
            elif op == 'write':
                fn('' if 'b' not in m else b'')
            elif op == 'writelines':
                fn([])
            else:
                fn()
            out.append(op + ':ok')
        except (ValueError, OSError) as e:
            out.append(op + ':' + str(e))
    print(m, out)
for m in ['r', 'w', 'rb', 'wb']:
    with open(p, m) as f:
        for op in ['read', 'readline', 'write']:
            try:
                getattr(f, op)(*(() if op != 'write' else ('' if 'b' not in m else b'',)))
            except OSError as e:
                print(m, op, e)
os.remove(p)
