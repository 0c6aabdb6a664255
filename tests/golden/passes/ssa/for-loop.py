# ARGS: --passes ssa
def f(items):
    last = None
    for item in items:
        last = item
    else:
        last = last
    return last
