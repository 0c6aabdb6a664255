# open() in binary modes: bytes in and out, seek from the end, reprs.
import os

path = f'/tmp/pyx_files_binary_{os.getpid()}.bin'

with open(path, 'wb') as f:
    print(repr(f).replace(path, 'PATH'), f.mode)
    print(f.write(bytes(range(10))))
    print(f.write(bytearray(b'\nline two\n')))
    f.write(b'end')
    print(f.tell())
with open(path, 'rb') as f:
    print(repr(f).replace(path, 'PATH'), f.mode)
    print(f.read(4))
    print(f.readline())
    print(list(f))
    print(f.read(), f.tell())
    f.seek(-3, 2)
    print(f.read())
    f.seek(2)
    f.seek(3, 1)
    print(f.tell(), f.read(2))
with open(path, 'ab') as f:
    print(repr(f).replace(path, 'PATH'))
    f.write(b'!')
with open(path, 'r+b') as f:
    print(repr(f).replace(path, 'PATH'), f.mode)
    f.seek(0)
    f.write(b'\xff\xfe')
    f.seek(0)
    data = f.read()
    print(len(data), data[:4], data[-4:])
try:
    with open(path, 'wb') as f:
        f.write('text')
except TypeError as e:
    print('TypeError:', e)
f = open(path, 'rb')
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
f = open(path, 'wb')
f.close()
try:
    f.write(b'x')
except ValueError as e:
    print('ValueError:', e)
try:
    open(path, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError:', e)
with open(path, 'wb') as f:
    f.write('ünï'.encode('utf-8'))
with open(path, 'rb') as f:
    raw = f.read()
print(raw, raw.decode('utf-8'))
os.remove(path)
