# builtin exception constructors: keywords (name=, obj=, path=, name_from=), the fields raise sites set, OSError/StopIteration/SystemExit/Unicode*Error arguments
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
e = NameError("x", name="x"); print(e.name, e.args, str(e))
show(lambda: NameError("x", name="x", obj=1))
show(lambda: NameError("x", nme="x"))
class O: pass
o = O()
e = AttributeError("m", name="a", obj=o); print(e.name, e.obj is o, e.args)
e = AttributeError("m"); print(e.name, e.obj)
show(lambda: AttributeError("m", nam="a"))
e = ImportError("m", name="n", path="p"); print(e.name, e.path, e.msg, e.args, str(e))
e = ImportError(); print(e.name, e.path, e.msg, e.args, repr(str(e)))
e = ImportError("a", "b"); print(e.msg, e.args, str(e))
e = ModuleNotFoundError("m", name="q"); print(e.name, e.msg, str(e))
show(lambda: ImportError("m", foo=1))
e = StopIteration(5); print(e.value, e.args)
e = StopIteration(); print(e.value, e.args)
e = StopIteration(1, 2); print(e.value, e.args)
e = SystemExit(3); print(e.code, e.args)
e = SystemExit(); print(e.code, e.args)
e = SystemExit(1, 2); print(e.code, e.args)
e = OSError(2, "x"); print(e.errno, e.strerror, str(e), repr(e), e.args, type(e).__name__)
e = OSError(2, "x", "f"); print(e.errno, e.strerror, e.filename, str(e), repr(e), e.args, type(e).__name__)
e = OSError(2, "x", "f", None, "g"); print(e.filename2, str(e))
e = OSError("just"); print(e.errno, e.strerror, str(e), e.args)
e = OSError(); print(e.errno, str(e), e.args)
e = OSError(1, 2, 3, 4, 5, 6); print(e.errno, str(e), e.args)
e = FileNotFoundError(2, "No such file", "a.txt"); print(str(e), e.errno, e.filename)
e = OSError(13, "perm"); print(type(e).__name__)
e = OSError(17, "exists"); print(type(e).__name__)
e = IOError(2, "x"); print(type(e).__name__, IOError is OSError, EnvironmentError is OSError)
print(str(KeyError("a")), str(KeyError(1)), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("a")))
print(str(KeyError("")), str(KeyError(None)))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"); print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError("ascii", "h\xe9", 1, 2, "ordinal not in range"); print(str(e), e.start, e.end)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"); print(str(e))
show(lambda: UnicodeDecodeError("utf-8"))
show(lambda: BaseException(x=1))
show(lambda: Exception(x=1))
show(lambda: ValueError(1, x=1))
show(lambda: KeyError(k=1))
show(lambda: StopIteration(value=1))
show(lambda: SystemExit(code=1))
show(lambda: OSError(errno=1))
class MyE(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
e = MyE(1, b=3); print(e.args, e.b, str(e))
class MyE2(Exception): pass
show(lambda: MyE2(x=1))
class MyE3(Exception):
    def __init__(self, **kw):
        self.kw = kw
e = MyE3(x=1); print(e.args, e.kw, repr(str(e)))
class MyE4(Exception):
    def __new__(cls, *a, **kw):
        return super().__new__(cls, *a)
show(lambda: MyE4(1, x=2))
print(repr(BaseException()), repr(BaseException(1)), repr(BaseException(1, 2)), str(BaseException(1, 2)))
e = SyntaxError("msg", ("f.py", 1, 2, "x y", 1, 3)); print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
e = SyntaxError("msg"); print(e.msg, e.filename, e.lineno, str(e))
e = StopAsyncIteration(4); print(e.args)
e = KeyboardInterrupt(); print(repr(e))
e = BaseExceptionGroup("eg", [ValueError(1), TypeError(2)]); print(type(e).__name__, str(e), e.exceptions)
e = ExceptionGroup("eg", [ValueError(1)]); print(repr(e))
show(lambda: ExceptionGroup("eg", []))
show(lambda: ExceptionGroup("eg", [1]))
show(lambda: ExceptionGroup("eg", [KeyboardInterrupt()]))
e = BaseExceptionGroup("eg", [ValueError(1)]); print(type(e).__name__)
show(lambda: NameError("a", name=1).name)
e = Exception(); e.args = (1, 2); print(str(e), e.args)
e = Exception(); e.args = [3]; print(str(e), e.args)
e = TimeoutError(); print(type(e).__mro__)
# what raise sites set: .name, .obj, .path, .name_from
try: o.foo
except AttributeError as e: print(e.name, e.obj is o, e.args)
try: undefined_x
except NameError as e: print(e.name, e.args)
try: import nosuchmod
except ImportError as e: print(type(e).__name__, e.name, e.path, e.msg, e.args)
try: import nosuchpkg.sub
except ModuleNotFoundError as e: print(e.name)
try: from os import nosuch
except ImportError as e: print(e.name, e.name_from, e.path is not None)
try: (1).nope
except AttributeError as e: print(e.name, e.obj)
e = AttributeError("x"); e.name = "q"; e.obj = 3; print(e.name, e.obj)
class B(ImportError):
    def __init__(self, m): super().__init__(m, name="bb")
print(B("q").name, B("q").msg)
class A(AttributeError): pass
show(lambda: A("m", nme=1))
show(lambda: A("m", name=1).name)
show(lambda: A("m", name=1, obj=2, x=3))
show(lambda: ImportError("m", name=1, path=2, name_from=3, x=4))
print(ImportError("m", name_from="x").name_from, repr(ImportError("m", name="x")), repr(AttributeError("m", name="x", obj=1)))
show(lambda: UnicodeTranslateError("x", 1, 2))
