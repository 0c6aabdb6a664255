# Nested functions, a lambda and a comprehension: what the call graph's defines/calls see.
def outer(k):
    def inner(x):
        return x * k
    scale = lambda y: inner(y) + 1
    return [scale(i) for i in range(k)]


print(outer(3))
