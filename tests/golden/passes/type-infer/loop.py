# ARGS: --passes ssa,type-infer --types
# i is proven an int around the loop; s mixes int and float (a phi of both): unknown.
def f(n):
    i = 0
    s = 0
    while i < 10:
        s = s + 0.5
        i = i + 1
    return i, s, i < 3, not n, 'a' + 'b', n + 1
