# ARGS: --passes ssa
# x may be read unbound (UnboundLocalError must still be raised): x stays a local; y is promoted.
def f(n):
    y = n
    if n:
        x = 1
    return x + y
def g(n):
    z = n
    del z
    return n
