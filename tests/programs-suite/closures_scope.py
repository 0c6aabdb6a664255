# scoping: closures over loop variables, nonlocal chains, class-body scope, comprehension scope, global/del, name errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def reset():
        nonlocal n
        n = 0
    return inc, reset
inc, reset = counter(); inc(); inc(5); print(inc()); reset(); print(inc())
def chain():
    a = 1
    def mid():
        b = 2
        def inner():
            nonlocal a, b
            a, b = a * 10, b * 10
            return a + b
        return inner
    f = mid()
    return f(), f(), a
print(chain())
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
def make_funcs():
    out = {}
    for name in ("a", "b"):
        def f(name=name): return name.upper()
        out[name] = f
    return out
print({k: f() for k, f in make_funcs().items()})
x = "global x"
class K:
    x = "class x"
    y = x + "!"
    z = [x for _ in range(1)]
    w = (lambda: x)()
    def m(self): return x
print(K.y, K.z, K.w, K().m())
class K2:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * n for v in vals for n in vals] 
    except NameError as e:
        bad = str(e)
print(K2.doubled, K2.bad)
def comp_scope():
    i = "outer"
    squares = [i * i for i in range(3)]
    return i, squares
print(comp_scope())
print([y := 5, y ** 2], y)
def walrus_in_comp():
    total = 0
    vals = [total := total + v for v in range(4)]
    return vals, total
print(walrus_in_comp())
counter_g = 0
def bump():
    global counter_g
    counter_g += 1
    return counter_g
bump(); bump(); print(counter_g)
def make_global():
    global created_later
    created_later = "made"
make_global(); print(created_later)
def uses_before():
    try:
        print(local_var)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    local_var = 1
uses_before()
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(deleted())
show(lambda: undefined_name)
def free_deleted():
    v = 1
    def get(): return v
    del v
    return get
show(lambda: free_deleted()())
def shadow(len=len):
    return len("abc")
print(shadow(), shadow(lambda s: -1))
import builtins
def override_builtin():
    builtins.my_builtin = "from builtins"
    return my_builtin
print(override_builtin())
del builtins.my_builtin
show(lambda: my_builtin)
def default_eval():
    v = 1
    def f(a=v): return a
    v = 2
    return f()
print(default_eval())
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()], [f() for f in list(gen_closure())])
print(sorted(k for k in counter.__code__.co_varnames) if hasattr(counter, "__code__") else "", inc.__closure__ is not None, counter.__closure__)
