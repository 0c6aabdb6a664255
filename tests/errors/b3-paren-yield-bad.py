def f():
    x = (yield 1 2)
