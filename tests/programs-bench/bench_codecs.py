import codecs
print(codecs.lookup('U8').name, codecs.lookup('utf-16').name, codecs.lookup('UTF-16-LE').name, codecs.lookup('ascii').name, codecs.lookup('latin-1').name, codecs.lookup('rot13').name, codecs.lookup('hex').name, codecs.lookup('base64').name)
print(codecs.encode('abc', 'rot_13'), codecs.decode('nop', 'rot13'), codecs.encode("Hello, World!", "rot13"))
try: codecs.encode('x', 'hex')
except Exception as e: print(type(e).__name__, e)
print(codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM, codecs.BOM_LE, codecs.BOM_UTF8)
print(codecs.encode(b'\x00\xff', 'hex_codec'), codecs.decode(b'aGk=\n', 'base64'), codecs.encode(b'hi', 'base_64'), codecs.decode('6869', 'hex'))
ci = codecs.lookup('utf-8'); print(ci.encode('é'), ci.decode(b'\xc3\xa9'), ci[0]('a'), isinstance(ci, tuple))
print(codecs.getencoder('utf-16-be')('ab'), codecs.getdecoder('ascii')(b'ab'), codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', 'latin1'))
for bad in ('nope', 'utf-9'):
    try: codecs.lookup(bad)
    except LookupError as e: print("LookupError:", e)
try: codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e: print(e)
print(codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.lookup_error('strict').__name__)
with codecs.open(__file__, encoding='utf-8') as f:
    print(f.readline().strip())
