# __main__'s namespace as CPython 3.13 builds it for a script (bar __loader__, whose value is
# an importlib object), __builtins__ as the builtins module, and dir() without an argument
# in module, function, class-body and closure scopes.
import builtins
print(__builtins__, type(__builtins__).__name__, __builtins__ is builtins, builtins.__name__, __builtins__.len('abc'))
print([k for k in globals() if k != '__loader__'])
print(__annotations__, __cached__, __doc__, __spec__, __package__)
x = 1
print([k for k in dir() if k != '__loader__'])
def f(a, b=2, *args, **kw):
    c = 3
    print(dir())
f(1)
class K:
    y = 1
    print(dir())
    print(sorted(locals()))
def g():
    v = 1
    def h():
        return v
    print(dir())
    return h
g()
exec('print(__name__)', {})
