# Textbook exercise: a hexdump of bytes (offset, hex pairs, printable ASCII column).
def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = chunk.hex(" ")
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
hexdump(b"The quick brown fox jumps over the lazy dog.\x00\x01\xff" + bytes(range(60, 70)))
hexdump("naïve café ☕".encode("utf-8"), 8)
