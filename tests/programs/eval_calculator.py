# A tiny calculator: eval with its own namespace, exec to define helpers in it.
import math
env = {"sqrt": math.sqrt, "pi": math.pi}
exec("def hyp(a, b):\n    return sqrt(a * a + b * b)", env)
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 0.5", "sqrt(16) + pi", "hyp(3, 4)", "10 // 3, 10 % 3", "[i * i for i in (1, 2, 3)]"]:
    print(f"{expr} = {eval(expr, env)}")
try:
    eval("undefined_thing + 1", env)
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in env if not k.startswith("__")), "__builtins__" in env)
