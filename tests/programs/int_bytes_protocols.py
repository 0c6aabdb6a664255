# Packing integers into bytes by hand (big/little endian, signed), like struct but with int methods.
def pack_u16_list(values):
    out = bytearray()
    for v in values:
        out += v.to_bytes(2, "little")
    return bytes(out)
def unpack_u16_list(data):
    return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]
vals = [0, 1, 255, 256, 65535, 4660]
blob = pack_u16_list(vals)
print(blob, blob.hex(), unpack_u16_list(blob) == vals)
checksum = sum(blob) & 0xFF
print(checksum, (-checksum & 0xFF), (sum(blob) + (-checksum & 0xFF)) & 0xFF)
ip = "192.168.1.20"
n = int.from_bytes(bytes(int(p) for p in ip.split(".")), "big")
print(n, hex(n), ".".join(str(b) for b in n.to_bytes(4, "big")), (n >> 8 & 0xFF), n.bit_length())
print((-2).to_bytes(1, "big", signed=True), int.from_bytes(b"\xfe", "big", signed=True), (1 << 70).to_bytes(9, "big").hex())
