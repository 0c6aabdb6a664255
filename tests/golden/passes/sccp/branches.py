# ARGS: --passes ssa,sccp
def f(n):
    k = 3
    while n > 0:
        if k == 3:
            k = 3
        else:
            k = n
        n -= 1
    if k * 2 > 5:
        return 'big'
    return 'small'
