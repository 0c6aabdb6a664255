# ARGS: --passes ssa,licm
# The constants and `x is None` leave the loop; the list and the call stay (a new list each
# time; the call may raise or not run when the loop runs zero times).
def f(n, x):
    total = 0
    while n > 0:
        flag = x is None
        items = [1, 2]
        total = total + len(items) + 100
        n = n - 1
    return total, flag
