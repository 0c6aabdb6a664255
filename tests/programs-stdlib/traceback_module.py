# The traceback module and traceback objects: __traceback__ chains (tb_next, tb_lineno,
# tb_frame.f_code), extract_tb, format_tb, format_exception(_only), print_exc to a file.
import io
import sys
import traceback

HERE = __file__.rsplit("/", 1)[0] + "/"


def clean(text):
    """Traceback text without this checkout's directory (the output must not depend on it)."""
    return text.replace(HERE, "")


def inner(x):
    return 1 / x


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(e))
    print(clean("".join(traceback.format_tb(tb))), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()), end="")
    text = traceback.format_exc()
    print(text.splitlines()[0], len(text.splitlines()))
    frames = []
    t = tb
    while t is not None:
        frames.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(frames, [lineno for _, lineno in traceback.walk_tb(tb)])

try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("bad") from k
except ValueError as v:
    print(clean("".join(traceback.format_exception(v))), end="")
    print(clean("".join(traceback.format_exception(v, chain=False))), end="")
    te = traceback.TracebackException.from_exception(v)
    print(te.exc_type_str, "".join(te.format_exception_only()), end="")

print(sys.exception(), repr(clean(traceback.format_exc())))
print(ValueError("never raised").__traceback__)
