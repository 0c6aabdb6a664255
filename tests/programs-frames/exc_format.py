# The traceback module on caught exceptions: print_exc / format_exc / format_exception /
# format_exception_only / TracebackException / extract_tb / format_tb / walk_tb, with CPython
# 3.13's source lines and caret markers, chained exceptions, and inspect.trace().
import inspect
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, "")


def inner(x):
    return {"a": 1}[x]


def outer():
    values = [1, 2]
    return inner("b") + values[0]


try:
    outer()
except KeyError:
    print(clean(traceback.format_exc()), end="")
    traceback.print_exc(file=sys.stdout) if False else None
    print("--- print_exc")
    class Out:
        text = ""
        def write(self, s):
            Out.text += s
    traceback.print_exc(file=Out())
    print(clean(Out.text), end="")

print("--- extract_tb")
try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno)
    print([clean(x) for x in traceback.format_tb(tb)])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print([clean(x) for x in traceback.format_list(traceback.extract_tb(tb))])
    print(traceback.format_exception_only(e))
    print([clean(x) for x in traceback.format_exception(e)])
    print([clean(x) for x in traceback.format_exception(type(e), e, tb, limit=None)])
    for rec in inspect.trace():
        print(rec.function, rec.lineno, rec.code_context, rec.index)
    info = inspect.getframeinfo(tb.tb_next)
    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context)

print("--- chained")


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + repr(s)) from e


try:
    parse("x")
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(clean("".join(te.format())), end="")
    print("".join(te.format_exception_only()), end="")
    print(te.exc_type.__name__, len(te.stack), te.stack[0].name)

print("--- context")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(clean("".join(traceback.format_exception(e, chain=True))), end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")
print("--- no exception")
print(repr(traceback.format_exc()))
