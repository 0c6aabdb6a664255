# try/finally/return interplay, break/continue in finally, closures in loops, defaults evaluated once
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("fin", i)
def f4():
    for i in range(5):
        try:
            continue
        finally:
            if i == 2:
                break
    return i
def f5():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
def f7():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        return "caught " + repr(e)
def f8():
    while True:
        try:
            return "from loop"
        finally:
            print("once")
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("f9 finally")
def f10():
    try:
        pass
    except Exception:
        return "no"
    else:
        return "else ran"
def f11():
    l = []
    for i in range(3):
        try:
            try:
                if i % 2: raise ValueError(i)
                l.append(("ok", i))
            finally:
                l.append(("f", i))
        except ValueError as e:
            l.append(("e", e.args[0]))
            continue
        l.append(("after", i))
    return l
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11):
    print(f.__name__, f())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen(); print(next(g)); g.close(); print("closed")
for v in gen():
    if v == 1: break
print("after break")
def ctx_exc():
    try:
        raise TypeError("inner")
    except TypeError:
        try:
            raise ValueError("outer")
        except ValueError as e:
            return repr(e.__context__)
print(ctx_exc())
def exc_cleared():
    try:
        raise KeyError(1)
    except KeyError as e:
        pass
    try:
        e
    except NameError as ne:
        return str(ne)
print(exc_cleared())
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
fs = []
for i in range(3):
    def h(): return i
    fs.append(h)
i = 10; print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        out.append(lambda: j)
        j = j * 10
    return out
print([f() for f in make()])
def acc(x, l=[]):
    l.append(x); return l
print(acc(1), acc(2), acc(3, []), acc(4))
def d2(x, d={}):
    d[x] = len(d); return d
d2("a"); print(d2("b"), d2.__defaults__)
import time
def stamp(t=[0]):
    t[0] += 1; return t[0]
print(stamp(), stamp(), stamp.__defaults__)
def kwd(*, a=[]):
    a.append(1); return len(a)
print(kwd(), kwd(), kwd.__kwdefaults__)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
inc, get = outer(); inc(); inc(); print(get(), inc.__closure__[0].cell_contents, outer.__code__.co_cellvars if hasattr(outer, "__code__") else "")
def counter_gen():
    c = 0
    while True:
        c += 1
        yield c
cg = counter_gen(); print(next(cg), next(cg), [next(cg) for _ in range(3)])
x = "global"
def sh():
    x = "local"
    def inner():
        return x
    x = "changed"
    return inner()
print(sh())
def late():
    def inner(): return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(late())
def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    z = 1
unbound()
def loop_else():
    r = []
    for i in range(3):
        pass
    else:
        r.append("for-else")
    for i in range(3):
        if i == 1: break
    else:
        r.append("no")
    while False:
        pass
    else:
        r.append("while-else")
    n = 0
    while n < 5:
        n += 1
        if n == 3: continue
    else:
        r.append(n)
    return r
print(loop_else())
