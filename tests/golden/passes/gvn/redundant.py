# ARGS: --passes ssa,gvn,dce
# Constants and `is` merge; the second `g` load merges (nothing between writes globals),
# the third does not (a call in between may rebind g); lists never merge (identity).
def f(x):
    a = x is None
    b = x is None
    c = g + g
    h()
    d = g
    return a, b, c, d, [1], [1], 1, 1
