for v in (b'12', b' 1_0 ', bytearray(b'7'), b'x', b'1.5', b'-3'):
    for f in (int, float):
        try: print(f(v))
        except Exception as e: print(type(e).__name__, e)
print(int(b'ff', 16), int(bytearray(b'0x1f'), 0))
for args in ((b'zz', 16), (memoryview(b'1'), 10), (5, 10)):
    try: print(int(*args))
    except Exception as e: print(type(e).__name__, e)
