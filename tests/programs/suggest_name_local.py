# NameError with a suggestion from the function's locals (printed only in the traceback).
def average(values):
    total = sum(values)
    count = len(values)
    return total / cout

try:
    average([1, 2])
except NameError as e:
    print("caught:", e)
print(average([1, 2, 3]))
