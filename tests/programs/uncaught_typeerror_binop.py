# An uncaught TypeError from a binary operator on one line of several operands.
def label(count, unit):
    return "total: " + count + " " + unit
print(label("3", "kg"))
print(label(3, "kg"))
