# Carets for an expression spanning several lines (first and last line shown).
def compute(a, b, c):
    return (a * b
            + c[10]
            - 1)
print(compute(2, 3, [1, 2]))
