# ARGS: --passes ssa
def f(n):
    if n:
        x = 1
    else:
        x = 2
    return x
