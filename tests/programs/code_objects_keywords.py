# Function __code__ (argument counts and co_varnames in CPython's order) and the compiler's
# "keyword argument repeated" error, raised through exec() as a SyntaxError.
def f(a, b=1, *args, c, d=2, **kw):
    x = 1
    return x


co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_name, co.co_nlocals)


def g(p, /, q):
    pass


print(g.__code__.co_argcount, g.__code__.co_posonlyargcount, g.__code__.co_varnames, g.__code__.co_qualname)
print((lambda x, *, y: x).__code__.co_kwonlyargcount, type(co).__name__)
for code in ["f(1, k=1, k=2)", "f(p, k1=50, *(1,2), k1=100)", "f(**{'a': 1}, a=2)", "f(__debug__=1)"]:
    try:
        exec(code, {"f": print, "p": 0})
        print("ran:", code)
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} at offset {e.offset}")
    except TypeError as e:
        print("TypeError:", e)
