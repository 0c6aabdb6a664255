# NameError suggesting a builtin (the candidates end with the builtins namespace).
items = [3, 1, 2]
print(sorted(items))
print(lenght(items))
