# Textbook exercise: run-length encoding of bytes into a bytearray, and back.
def encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)
def decode(blob: bytes) -> bytes:
    out = bytearray()
    for k in range(0, len(blob), 2):
        out.extend(bytes([blob[k + 1]]) * blob[k])
    return bytes(out)
samples = [b"", b"aaaabbbcca", b"\x00" * 300, bytes(range(5)), "héé".encode()]
for s in samples:
    e = encode(s)
    print(len(s), e[:12], e.hex()[:16], decode(e) == s)
