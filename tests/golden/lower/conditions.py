# Conditions are lowered as jumps (as CPython's compiler_jump_if): each operand of
# and/or/not, of a conditional expression or of a chained comparison is truth-tested
# once, and no phi is built just to be tested again.
a, b, c = 1, 0, 2
if a and not b or c:
    print('yes')
if not a:
    print('no')
while a < c < 10:
    a += 1
assert a or b
v = 'x' if a and b else 'y'
if (a if b else c) > 1:
    pass
print([x for x in range(5) if x and x % 2], v)
