x = 1
def f():
    class A:
        pass
