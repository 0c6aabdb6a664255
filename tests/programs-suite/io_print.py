# print() options, sys.stdout/stderr, StringIO, input() at EOF, text and binary files
import sys, io
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.0, None, [1], "s", sep="|")
sys.stdout.write("written\n")
n = sys.stdout.write("x\n"); print(n)
print("to stderr", file=sys.stderr)
buf = io.StringIO(); print("into buffer", 42, file=buf); print(repr(buf.getvalue()))
buf2 = io.StringIO("line1\nline2\n"); print(buf2.readline(), buf2.read(), buf2.readline() == "")
print(*range(5))
print("%-6s|%6s|" % ("ab", "cd"))
for row in [("apple", 3, 1.5), ("kiwi", 12, 0.25)]:
    print(f"{row[0]:<10}{row[1]:>5}{row[2]:>8.2f}")
print("tab\tsep", "uni: ñ ü 中文 😀")
print(repr(input) [:20] if False else "input skip")
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
print(sys.stdout.isatty(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable(), sys.stdin.readline() == "")
with open("/tmp/_pyx_probe_io.txt", "w") as f:
    f.write("alpha\nbeta\n")
    f.writelines(["gamma\n", "delta"])
with open("/tmp/_pyx_probe_io.txt") as f:
    print(f.read().split("\n"))
with open("/tmp/_pyx_probe_io.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open("/tmp/_pyx_probe_io.txt", "a") as f:
    print("appended", file=f)
print(open("/tmp/_pyx_probe_io.txt").readlines())
with open("/tmp/_pyx_probe_io.txt", "rb") as f:
    print(f.read(5), f.tell(), f.seek(0), f.read(3))
import os
os.remove("/tmp/_pyx_probe_io.txt"); print(os.path.exists("/tmp/_pyx_probe_io.txt"))
sys.stdout.flush()
print(flush=True)
print("done")
