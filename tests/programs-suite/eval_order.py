# evaluation order: operands, arguments, subscripts and augmented assignment targets, chained comparisons, dict displays
log = []
def t(name, value=None):
    log.append(name)
    return name if value is None else value
def flush(label):
    print(label, log[:]); log.clear()
t("a") + t("b") * t("c", 2); flush("binop")
t("f", print)(t("x"), t("y"), sep=t("s", "-")); flush("call")
d = {t("k1"): t("v1"), t("k2"): t("v2")}; flush("dict display")
lst = [0, 0, 0]
lst[t("i", 0)] = t("rhs", 5); flush("subscript store")
lst[t("i", 1)] += t("inc", 3); flush("augmented subscript"); print(lst)
class O: pass
o = O(); o.v = 1
t("obj", o).v += t("val", 10); flush("augmented attribute"); print(o.v)
t("l", 1) < t("m", 2) < t("n", 3); flush("chained true")
t("l", 3) < t("m", 2) < t("n", 1); flush("chained short-circuit")
t("p", 0) and t("q"); t("p", 1) or t("q"); flush("and/or")
x = t("cond", True) and t("yes") if t("test", 1) else t("no"); flush("conditional")
a, b = t("r1", 1), t("r2", 2); flush("tuple assign")
a = b = t("multi", []); flush("multi target"); print(a is b)
[t(f"e{i}") for i in range(3)]; flush("listcomp")
{t(f"k{i}"): t(f"v{i}") for i in range(2)}; flush("dictcomp")
def kw(**k): return sorted(k)
kw(**{t("ka", "a"): 1}, b=t("kb", 2)); flush("kwargs")
f"{t('f1')}{t('f2')}"; flush("fstring")
t("base", [1, 2, 3])[t("lo", 0):t("hi", 2)]; flush("slice")
del lst[t("del", 0)]; flush("del")
def deco(name):
    t("deco " + name)
    def wrap(f):
        t("apply " + name); return f
    return wrap
@deco("outer")
@deco("inner")
def decorated(): pass
flush("decorators")
def defaults(a=t("default a"), b=t("default b")): pass
flush("defaults")
class K(t("base class", object), metaclass=t("meta", type)):
    t("class body")
flush("class")
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99; print(i, items)
q = [1, 2, 3]; q[1:2] = q; print(q)
n = 5; n += n * 2; print(n)
s = "x"; s *= 3; s += s; print(s)
