# io.StringIO: writing, reading, seeking, iteration, print(file=...), sys.stdout redirection, errors.
import io
import sys

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print("line", 2, sep="-", file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("!")
s.seek(30)
s.write("far")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())

t = io.StringIO("a\nbb\n\nccc")
print([line for line in t])
t.seek(0)
print(t.readlines(), repr(t.read()))
t.seek(0)
print(t.readlines(3), repr(t.readline(2)), repr(t.read(100)))
with io.StringIO("x") as u:
    print(u.read(), u.closed)
print(u.closed)
for bad in [lambda: u.read(), lambda: u.write("a"), lambda: u.getvalue()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured", 1, 2)
print("second")
sys.stdout = old
print("restored:", repr(buf.getvalue()))

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
r = Recorder()
print("a", 1, None, sep=", ", end=".\n", file=r)
print(r.parts)

def render(rows):
    out = io.StringIO()
    for name, n in rows:
        out.write(f"{name:<6}|{n:>4}\n")
    return out.getvalue()
print(render([("ab", 1), ("cdef", 200)]), end="")
w = io.StringIO()
w.writelines(["x\n", "y\n"])
print(repr(w.getvalue()), w.readable(), w.writable(), w.seekable(), io.StringIO("é😀z").read(2))
for bad in [lambda: io.StringIO().write(5), lambda: io.StringIO(5), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(1, 2)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
