# Builtin sequences with instances of user classes: repeat by __index__ on either side, and
# CPython's sq_concat / sq_repeat errors when the class defines no operator dunders.
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class Plain:
    pass
class L(list):
    pass
print('ab' * Num(2), Num(3) * 'xy', [1] * Num(2), Num(2) * (1, 2), b'x' * Num(3))
print([0] + L([1, 2]), (1,) * Num(0), 'q' * Num(-1))
s = 'ab'; s *= Num(2); print(s)
for expr in ["[1] + Plain()", "'x' + Plain()", "(1,) + Plain()", "'x' * Plain()", "Plain() * [1]",
             "(1, 2) * Plain()", "b'x' * Plain()", "1 + Plain()", "Plain() + Plain()", "Plain() - 1"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
