"""Output the way shootout programs write it: text and bytes interleaved on stdout."""
import sys

out = sys.stdout.buffer
print("P1 header", flush=True)
out.write(b"row 1: ")
out.write(bytearray(b"#..#\n"))
print("text after bytes")
out.write("caf\u00e9 \u00fc\n".encode("utf-8"))
out.writelines([b"a\n", memoryview(b"b\n")])
out.flush()
sys.stdout.write("write() counts characters: ")
print(sys.stdout.write("\u00e9\n"), out.write(b"xyz\n"))
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdout.name, out.name, out.mode)
print(sys.stdout.buffer is out, out.fileno(), out.writable())
try:
    out.write("not bytes")
except TypeError as e:
    print("TypeError:", e)
print(sys.intern("name") == "name", sys.implementation.name, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
inp = sys.stdin.buffer
print(inp.read(), inp.readline(), inp.readlines(), list(inp), inp.fileno(), inp.readable(), inp.mode)
