# ARGS: --passes ssa,sccp,simplify-cfg
def f(x):
    if True:
        y = x
    else:
        y = -x
    return y
