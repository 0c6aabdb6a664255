# Traceback carets for a binary operator: ~ under the operands, ^ under the operator.
def ratio(a, b):
    return a + b / (a - a)
print(ratio(1, 2))
