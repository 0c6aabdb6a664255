# exec/eval/compile: namespaces, code objects, SyntaxError messages and positions, NameErrors
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"), eval("  5"))
ns = {}
exec("a = 1\ndef f(): return a + 1\nb = f()", ns)
print(ns["a"], ns["b"], sorted(k for k in ns if not k.startswith("__")))
loc = {}
exec("y = 5", {}, loc); print(loc)
code = compile("3 * 4", "<s>", "eval"); print(eval(code), type(code).__name__)
for src, mode in [("1 +", "exec"), ("def", "exec"), ("x = = 1", "exec"), ("return 5", "exec"), ("break", "exec"), ("f(x for x in y, 1)", "exec"),
                  ("a, b += 1", "exec"), ("1 = x", "exec"), ("del 1", "exec"), ("(", "exec"), ("  x = 1", "exec"), ("if True:\nx = 1", "exec"),
                  ("x = 1\n  y = 2", "exec"), ("'abc", "exec"), ("nonlocal x", "exec"), ("def f():\n  global x\n  x = 1\n  global x", "exec"),
                  ("f(**a, *b)", "exec"), ("lambda: (yield)", "exec"), ("print 'x'", "exec"), ("a = 1 if b", "exec"), ("[x for x in]", "eval"),
                  ("0777", "eval"), ("1__0", "eval"), ("import", "exec"), ("from x import", "exec"), ("class", "exec"), ("a +=", "exec"),
                  ("f(a=1, a=2)", "eval"), ("def f(a, a): pass", "exec"), ("x: int = 1 = 2", "exec"), ("await x", "exec"), ("async def f(): yield from x", "exec")]:
    try:
        compile(src, "<probe>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "->", e.msg, e.lineno, e.offset)
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
print(eval("__name__"), eval("abs(-3)", {}), exec("pass"))
def scope():
    z = 3
    return eval("z + 1"), eval("z", {"z": 100})
print(scope())
src = "def gen():\n    yield 1\n    yield 2\nresult = list(gen())"
d = {}; exec(src, d); print(d["result"])
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", e)
