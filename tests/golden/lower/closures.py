# Scopes: cells and free variables, nonlocal, global, a parameter captured by a closure,
# a free variable passed through an intermediate function.
counter = 0

def make(start):
    count = start
    def bump():
        nonlocal count
        count += 1
        return count
    def outer():
        def inner():
            return start + count
        return inner
    return bump, outer

def incr():
    global counter
    counter += 1
    del counter

bump, outer = make(10)
print(bump(), outer()())
