# stdin at end of file, sys.argv, stdout/stderr writes and flush ordering, print's file= and flush=
import sys
print("argv", len(sys.argv), sys.argv[0].endswith("io_misc.py"))
try:
    line = input("prompt> ")
except EOFError as e:
    print("\nEOFError", repr(e), e.args)
print(sys.stdin.read() == "", sys.stdin.readline() == "", list(sys.stdin) == [])
n = sys.stdout.write("written directly\n"); print("write returned", n)
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print("flushed", flush=True)
print(sys.stdout.isatty(), sys.stdout.encoding, sys.stderr.encoding, sys.stdout.writable(), sys.stdin.readable())
import io
buf = io.StringIO()
print("into buffer", 42, sep=":", end=";", file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
cap = sys.stdout.getvalue()
sys.stdout = old
print("captured text", repr(cap))
print(*range(5), sep="")
print("a\tb", "c\\d", "€", "\N{SNOWMAN}")
