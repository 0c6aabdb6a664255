# BaseExceptionGroup / ExceptionGroup: construction checks, class selection, attributes, str/repr.
def attempt(label, make):
    try:
        value = make()
        print(label, "->", type(value).__name__, repr(value))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("no list", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError(1)], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError(1)]))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("a set", lambda: ExceptionGroup("m", {ValueError(1)}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not exceptions", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("base in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BEG of Exceptions", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("BEG of base", lambda: BaseExceptionGroup("m", [ValueError(1), SystemExit(2)]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1), TypeError("t"))))

eg = ExceptionGroup("several", [ValueError(1), ExceptionGroup("inner", [KeyError("k")]), ZeroDivisionError()])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions)
print(eg.args)
print(str(ExceptionGroup("one", [ValueError()])))
print(isinstance(eg, ExceptionGroup), isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
      issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
beg = BaseExceptionGroup("b", [GeneratorExit()])
print(type(beg).__name__, isinstance(beg, Exception), beg.exceptions)
try:
    raise eg
except Exception as caught:
    print("caught as Exception:", caught is eg)
try:
    raise beg
except Exception:
    print("wrong")
except BaseExceptionGroup as caught:
    print("caught as BaseExceptionGroup:", caught)
