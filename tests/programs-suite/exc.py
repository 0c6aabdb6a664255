class MyErr(Exception):
    def __init__(self, code, msg="m"):
        super().__init__(code, msg)
        self.code = code
class Sub(MyErr): pass
try:
    raise Sub(5)
except MyErr as e:
    print(type(e).__name__, e, repr(e), e.args, e.code, isinstance(e, Exception))
print(repr(Exception()), str(Exception()), repr(Exception("a")), str(Exception("a", 1)), repr(ValueError("x", 2)))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(StopIteration(3)))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("from") from z
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("none") from None
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise KeyError("x")
    except KeyError:
        return "except"
    else:
        return "else"
    finally:
        print("g finally")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("h finally", i)
h()
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple caught", repr(e))
e = None
try:
    raise Exception("bound")
except Exception as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
try:
    assert 1 == 2, "math broke"
except AssertionError as ae:
    print("AssertionError", ae, ae.args)
try:
    assert False
except AssertionError as ae:
    print(repr(ae))
ex = ValueError("noted")
ex.add_note("note 1"); ex.add_note("note 2")
print(ex.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("vals", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("types", eg.message, len(eg.exceptions))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), KeyError.__mro__)
print(BaseException.__subclasses__()[:3] if False else issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def reraiser():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e)
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", True):
    raise ValueError("swallowed")
try:
    with CM("n"):
        raise KeyError("kept")
except KeyError as e:
    print("outside", repr(e))
from contextlib import contextmanager, suppress
@contextmanager
def ctx(x):
    print("setup", x)
    try:
        yield x * 2
    except ZeroDivisionError:
        print("cm caught")
    finally:
        print("teardown", x)
with ctx(3) as v:
    print("v", v)
with ctx(4):
    1 / 0
with suppress(KeyError):
    {}["a"]
print("after suppress")
try:
    with open("/nonexistent/file") as fh:
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
except OSError as e:
    print("OSError", e)
try:
    int("x")
except ValueError as e:
    print(e.args)
class NoStr(Exception):
    def __str__(self): return "custom str"
print(NoStr("a"), repr(NoStr("a")))
try:
    raise NoStr
except NoStr as e:
    print(e)
def finally_override():
    try:
        raise ValueError
    finally:
        return "overridden"
print(finally_override())
try:
    raise ValueError("a") from KeyError("b")
except Exception as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
import sys
try:
    1 / 0
except:
    info = sys.exc_info()
    print(info[0].__name__, info[1], info[2] is not None, sys.exception() is info[1])
print(sys.exc_info())
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code)
try:
    exit_ = KeyboardInterrupt()
    raise exit_
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print(ValueError("x") == ValueError("x"), Exception.__name__, ValueError.__bases__, type(ValueError("x").__traceback__))
err = RuntimeError("r")
err.__cause__ = ValueError("c")
print(repr(err.__cause__), err.__suppress_context__, err.with_traceback(None) is err)
try:
    raise MyErr
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print(e)
