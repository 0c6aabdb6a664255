counter = 0

def bump():
    global counter, other
    counter += 1

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    return inner
