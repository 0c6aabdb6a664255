def f():
    return

def g():
    return 1

def h():
    return 1, 2

def k(a, b):
    return *a, *b
