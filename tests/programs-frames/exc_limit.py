# traceback's limit= (outermost frames kept; negative: innermost) for format_exception,
# format_tb, extract_tb and TracebackException, notes, an exception group's boxes, format_exc.
import traceback, sys
def f(n):
    if n == 0:
        raise ValueError("deep")
    f(n - 1)
try:
    f(3)
except ValueError as e:
    e.add_note("a note")
    print("".join(traceback.format_exception(e, limit=2)).replace(__file__, "F"))
    print("".join(traceback.format_exception(e, limit=-1)).replace(__file__, "F"))
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_tb(e.__traceback__, limit=1)).replace(__file__, "F"))
    te = traceback.TracebackException.from_exception(e, limit=1)
    print("".join(te.format()).replace(__file__, "F"))
    print(str(te), te.exc_type_str)
    print([fs.name for fs in te.stack])
    print([fs.lineno for fs in traceback.extract_tb(e.__traceback__, limit=2)])
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
def g():
    try:
        1/0
    except ZeroDivisionError:
        return traceback.format_exc()
print(g().replace(__file__, "F"))
