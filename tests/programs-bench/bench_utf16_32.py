tests = [('utf-16', b'\xff\xfea'), ('utf-16', b'a\x00'), ('utf-16-le', b'\x00\xd8a\x00'), ('utf-16-le', b'\x00\xdc'), ('utf-16-le', b'\x00\xd8'), ('utf-16-be', b'\xd8\x00\xdc\x00'), ('utf-32', b'\xff\xfe\x00\x00a\x00\x00\x00'), ('utf-32-le', b'\x00\x00\x11\x00'), ('utf-32', b'abc'), ('utf-16', b'\xfe\xff\x00a'), ('utf-32-le', b'\x00\xd8\x00\x00'), ('utf-32', b'\x00\x00\xfe\xff\x00\x00\x00b')]
for enc, b in tests:
    for err in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try: print(enc, b, err, repr(b.decode(enc, err)))
        except UnicodeDecodeError as e: print(enc, b, err, 'ERR', e, e.start, e.end, e.encoding, e.reason)
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'utf_32', 'U16'):
    print(enc, 'a\U0001F600\u00e9'.encode(enc), 'a\U0001F600\u00e9'.encode(enc).decode(enc))
for err in ('strict', 'replace', 'ignore', 'surrogatepass', 'backslashreplace', 'xmlcharrefreplace'):
    for enc in ('utf-16-le', 'utf-32', 'utf-16'):
        try: print(err, 'a\ud800b'.encode(enc, err))
        except UnicodeEncodeError as e: print(err, 'ERR', e, e.start, e.end)
print(''.encode('utf-16'), ''.encode('utf-32'), b''.decode('utf-16'), str(b'\xff\xfeh\x00i\x00', 'utf-16'))
