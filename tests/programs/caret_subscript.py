# Traceback carets for a subscript (~~~^^^^) and for a call inside an expression.
table = {"a": [1, 2, 3]}
def lookup(key, i):
    return table[key][i] * 2
print(lookup("a", 1))
print(lookup("a", 7))
