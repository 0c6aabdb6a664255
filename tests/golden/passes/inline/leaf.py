# ARGS: --passes inline,ssa,dce
# pair() cannot raise and is bound once: inlined (its global load stays, for NameError).
# square() may raise (x * x): not inlined. Keyword calls are not inlined.
def pair(a, b):
    return (a, b)
def square(x):
    return x * x
print(pair(1, 2), square(3), pair(a=1, b=2))
