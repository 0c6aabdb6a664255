# An uncaught exception: output so far, then a traceback on stderr and exit code 1.
def ratio(a, b):
    return a / b

def report(values):
    for v in values:
        print(v, ratio(100, v))

print("start")
report([1, 2, 4, 5])
report([10, 0, 3])
print("not reached")
