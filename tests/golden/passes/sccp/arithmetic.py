# ARGS: --passes ssa,sccp,dce
# Exact Python semantics: int vs float, floor division and modulo signs, bool is an int,
# str repetition; 1/0, 2**-1 (a float), a negative shift and a huge power are left alone
# or folded exactly as CPython computes them.
def f():
    a = 7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2, 2 ** -1, 10 / 4, True + True, True & False
    b = 'ab' * 3, 'x' + 'y', 1 == 1.0, 'b' > 'a', 0.1 + 0.2, 3 < 2.5, ~5, -(-3)
    c = 1 / 0, 1 << -1, 2 ** 100000, 1.0 / 0.0, 'a' * 10000, ~True, 'a' < 1
    return a, b, c
