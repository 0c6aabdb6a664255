import os

def f(a, b=2, *args, **kw):
    '''doc'''
    for i in range(10):
        if i % 2:
            continue
        yield i

class C(object):
    x: int = 1
    def m(self):
        return [y for y in self.x if y]

result = f(1, 2 3)
