# ARGS: --passes ssa,dce
# Unused pure ops and allocations go; an unused call or global load stays (it may raise or
# run code); a dead phi cycle goes.
def f(n):
    unused = [1, 2]
    name = undefined_name
    len(n)
    i = 0
    j = 0
    while i < n:
        j = j + 0 if False else j
        i += 1
    return i
