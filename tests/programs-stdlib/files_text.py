# open() in text modes: write, read back, iterate, seek/tell, append, r+/w+, print(file=),
# universal newlines, encodings. Works under /tmp and removes what it made.
import os

path = f'/tmp/pyx_files_text_{os.getpid()}.txt'

with open(path, 'w') as f:
    print(repr(f).replace(path, 'PATH'), f.mode, f.encoding, f.closed)
    n = f.write('The quick brown fox\njumps over\n')
    print('wrote', n)
    print('the lazy dog', 42, sep=' - ', file=f)
    f.writelines(['alpha\n', 'beta\n', 'gamma'])
print(f.closed)

with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line))

f = open(path, 'r')
print(repr(f.readline()), f.tell())
print(repr(f.read(5)), f.tell())
print(repr(f.readline(3)))
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.seek(0)
print(len(f.read()), f.tell())
print(f.seek(4), repr(f.read(5)))
f.close()
try:
    f.readline()
except ValueError as e:
    print('ValueError:', e)

# word count
with open(path) as f:
    text = f.read()
words = text.split()
print(len(text.splitlines()), len(words), len(text))
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print(sorted(counts.items()))

with open(path, 'a') as f:
    print(f.tell())
    f.write('\ndelta\n')
with open(path) as f:
    print(f.read().splitlines()[-3:])

with open(path, 'w+') as f:
    f.write('0123456789')
    f.seek(3)
    print(repr(f.read(4)), f.tell())
    f.seek(0, 2)
    f.write('AB')
    f.seek(0)
    print(repr(f.read()))
with open(path, 'r+') as f:
    f.write('xy')
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.truncate(5)
with open(path) as f:
    print(repr(f.read()))

# unicode: read(n) counts characters, tell() counts bytes
with open(path, 'w', encoding='utf-8') as f:
    f.write('héllo wörld ✓ 🐍\n')
with open(path, encoding='utf-8') as f:
    print(repr(f.read(7)), f.tell(), repr(f.read()))
with open(path, 'rb') as f:
    print(f.read())

# universal newlines on read; newline='' keeps them
with open(path, 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour')
with open(path) as f:
    print(f.readlines())
with open(path, newline='') as f:
    print(f.readlines())
with open(path, newline='\n') as f:
    print(f.readlines())

# latin-1 and ascii
with open(path, 'w', encoding='latin-1') as f:
    print(repr(f).replace(path, 'PATH'))
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(f.read())
try:
    with open(path, 'w', encoding='ascii') as f:
        f.write('café')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)

# x mode
os.remove(path)
with open(path, 'x') as f:
    f.write('new')
try:
    open(path, 'x')
except FileExistsError as e:
    print('FileExistsError:', str(e).replace(path, 'PATH'))
os.remove(path)
print(os.path.exists(path))
