# Scope corner cases: a free variable passing through a function that does not use it, a
# global declared in a nested function, nonlocal through two levels, a deleted cell,
# a lambda capturing a loop variable, a walrus in nested comprehensions.
x = 'module'

def outer():
    y = 1
    def middle():
        def inner():
            nonlocal y
            y += 1
            return y
        return inner
    def rebinder():
        global x
        x = 'rebound'
    def deleter():
        nonlocal y
        del y
    return middle, rebinder, deleter

def loop_lambdas():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

def walrus_nested(rows):
    [[(last := cell) for cell in row] for row in rows]
    return last

def shadow(x):
    def use():
        return x
    x = x + 1
    return use

def uses_global_in_default(a=x):
    return a
