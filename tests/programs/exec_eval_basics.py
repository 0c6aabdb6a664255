# exec and eval of strings with globals/locals dictionaries.
print(eval("2 ** 10"), eval("len('abc') + 1"), eval("[x * x for x in range(4)]"))
env = {"a": 6, "b": 7}
print(eval("a * b", env), eval("a + c", env, {"c": 100}))
code = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
result = [fib(i) for i in range(10)]
"""
ns = {}
exec(code, ns)
print(ns["result"], ns["fib"](20), sorted(k for k in ns if not k.startswith("__")))
exec("counter = 41")
counter += 1
print(counter)
def inner(x):
    return eval("x + 1", {"x": x})
print(inner(10))
print(globals()["counter"], "inner" in globals())
print(sorted(k for k in locals() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    exec("undefined_name_here")
except NameError as e:
    print("NameError:", e)
