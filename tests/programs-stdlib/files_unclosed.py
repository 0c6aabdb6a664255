# Files read without close() release their descriptors (CPython closes them by refcount).
import os
p = f'/tmp/pyx_leak2_{os.getpid()}.txt'
with open(p, 'w') as f:
    f.write('abc\ndef\n')
n = 0
for i in range(3000):
    n += len(open(p).read())
    for line in open(p, 'rb'):
        n += len(line)
f = open(p)
print(f.readline(), f.tell(), f.fileno() > 2, f.read(), f.seek(1), f.read(2), f.tell())
f.seek(0, 2); print(f.tell(), repr(f.read()))
f.close()
try:
    f.fileno()
except ValueError as e:
    print(e)
print(n)
os.remove(p)
