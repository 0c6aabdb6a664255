# Text files with bad bytes: CPython's UnicodeDecodeError texts, errors='ignore' and 'replace', BOMs.
import os
p = f'/tmp/pyx_files_codecs_{os.getpid()}.bin'
for data in [b'ok\xff', b'ab\xc3', b'ab\xe2\x82', b'\xe2(x', b'\xe2\x82(', b'\xed\xa0\x80', b'\xc0\x80', b'\xf4\x90\x80\x80', b'xy\xf0\x9f\x90']:
    with open(p, 'wb') as f:
        f.write(data)
    try:
        with open(p) as f:
            print(repr(f.read()))
    except UnicodeDecodeError as e:
        print(e)
with open(p, 'wb') as f:
    f.write(b'\xef\xbb\xbfbom')
print(repr(open(p).read()), repr(open(p, encoding='ascii', errors='strict').read(0)))
os.remove(p)
p = f'/tmp/pyx_files_codecs2_{os.getpid()}.bin'
with open(p, 'wb') as f:
    f.write(b'a\xffb\xe2\x82c\xc3\xa9')
print(repr(open(p, errors='ignore').read()), repr(open(p, errors='replace').read()), open(p, errors='ignore').errors)
print(repr(open(p, encoding='ascii', errors='replace').read()), repr(open(p, encoding='ascii', errors='ignore').read()))
with open(p, 'w', encoding='ascii', errors='replace') as f:
    f.write('héllo 🐍')
print(open(p).read())
try:
    open(p, errors='bogus').read()
except LookupError as e:
    print(e)
try:
    open(p, 'w', encoding='latin-1').write('x🐍')
except UnicodeEncodeError as e:
    print(e)
os.remove(p)
