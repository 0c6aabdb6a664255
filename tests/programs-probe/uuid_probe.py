# uuid: name-based UUIDs (uuid3/uuid5), UUID constructors and properties, ordering/hashing/pickling, random UUIDs by shape only, errors.
import uuid, copy, pickle
u3 = uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'); u5 = uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/')
print(u3, u5, repr(u3), u3.version, u5.variant, u3.hex, u3.int, u3.urn)
print(u5.bytes, u5.bytes_le, u5.fields, u5.time_low, u5.time_mid, u5.node, u5.clock_seq, u5.time)
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u, uuid.UUID('urn:uuid:' + str(u)) == u, u.version, u.variant)
print(sorted([u5, u3, u]), u3 < u5, hash(u) == hash(uuid.UUID(str(u))), int(u), str(uuid.UUID(int=0)), uuid.UUID(hex='a' * 32, version=4))
u4 = uuid.uuid4(); u1 = uuid.uuid1()
print(len(str(u4)), u4.version, u4.variant, u1.version, str(u4).count('-'), isinstance(u4, uuid.UUID), u4 != uuid.uuid4(), copy.copy(u3) == u3, pickle.loads(pickle.dumps(u3)) == u3)
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'short'), lambda: uuid.UUID(int=1, version=9)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError:', e)
print(uuid.NAMESPACE_OID, uuid.NAMESPACE_X500, {u3: 'x'}[uuid.UUID(str(u3))], f'{u3}', str(u3).upper())
print(uuid.UUID(int=7).is_safe, hasattr(uuid, 'NIL'))
