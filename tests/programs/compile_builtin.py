# compile() to code objects that exec/eval run; compile-time SyntaxErrors (parser and compiler) name the file.
c = compile("x = 6 * 7\nprint('in exec', x)", "<demo>", "exec")
ns = {}
exec(c, ns)
print(ns["x"], sorted(k for k in ns if k != "__builtins__"))
e = compile("x + 1", "<expr>", "eval")
print(eval(e, {"x": 1}), eval(c, {}))
for bad in ["def f(:", "return 5", "x = = 1"]:
    try:
        compile(bad, "<test>", "exec")
    except SyntaxError as err:
        print("SyntaxError:", err)
try:
    compile("1", "<t>", "bogus")
except ValueError as err:
    print("ValueError:", err)
