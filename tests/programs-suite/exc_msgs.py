# exception objects: args, str/repr of each builtin exception, notes, chaining, groups, custom __str__
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
for E in (Exception, ValueError, KeyError, IndexError, OSError, FileNotFoundError, StopIteration, SystemExit, UnicodeError, AttributeError, NameError, ImportError):
    print(E.__name__, repr(E()), str(E()), repr(E("a")), str(E("a")), repr(E("a", 2)), str(E("a", 2)), E("a", 2).args, E.__mro__[1].__name__)
print(str(KeyError("k")), str(KeyError(("t",))), repr(KeyError()), str(KeyError(1, 2)), str(IndexError(())), str(Exception(None)), repr(Exception(None)), str(Exception([])))
e = OSError(2, "No such file"); print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, e.args)
e = OSError(2, "No such file", "f.txt"); print(str(e), repr(e), type(e).__name__)
e = OSError(13, "Perm", "a", None, "b"); print(str(e), e.filename2)
print(type(OSError(2, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(99999, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
e = StopIteration(5); print(e.value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, KeyboardInterrupt.__mro__[1].__name__)
e = SyntaxError("bad", ("f.py", 3, 4, "x = $", 3, 5)); print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
print(str(SyntaxError("m")), str(SyntaxError("m", ("f", 1, 2, "t"))), SyntaxError("m").lineno)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"); print(str(e), e.object, e.start, e.end, e.reason, e.encoding)
e = UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"); print(str(e))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"); print(str(e))
e = UnicodeTranslateError("x\u1234", 1, 2, "no"); print(str(e))
ex = ValueError("base"); ex.add_note("note 1"); ex.add_note("note 2"); print(ex.__notes__, str(ex))
show(lambda: ex.add_note(5))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(404, "missing")
except MyErr as e:
    print(e, repr(e), e.args, e.code)
class NoInit(Exception):
    def __init__(self): pass
print(repr(NoInit()), str(NoInit()), NoInit().args)
class ArgsOverride(Exception):
    def __init__(self, a, b):
        self.a = a
print(repr(ArgsOverride(1, 2)), ArgsOverride(1, 2).args)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
show(lambda: (_ for _ in ()).throw(ValueError))
def raiser():
    raise ValueError
show(raiser)
def raise_cls():
    raise KeyError
show(raise_cls)
def raise_bad():
    raise 5
show(raise_bad)
def raise_from_bad():
    raise ValueError from 5
show(raise_from_bad)
def reraise():
    raise
show(reraise)
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
print(str(eg), repr(eg), eg.message, len(eg.exceptions))
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
show(lambda: ExceptionGroup("x", []))
show(lambda: ExceptionGroup("x", [1]))
show(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    raise ExceptionGroup("eg", [ValueError("v"), TypeError("t"), KeyError("k")])
except* ValueError as g:
    print("caught V", repr(g))
except* (TypeError, KeyError) as g:
    print("caught TK", repr(g))
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled V")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    raise TypeError("plain")
except* TypeError as g:
    print("wrapped", repr(g))
e = Exception("a", "b"); e.args = ("c",); print(e, e.args); e.args = [1, 2]; print(e.args)
print(Exception("x") == Exception("x"), isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError), ZeroDivisionError.__mro__[1].__name__, RecursionError.__mro__[1].__name__, ModuleNotFoundError.__base__.__name__, TimeoutError.__base__.__name__, BrokenPipeError.__base__.__name__)
e = ValueError("w"); print(e.__traceback__, e.with_traceback(None) is e, e.__cause__, e.__context__)
