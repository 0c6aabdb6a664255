# Functions defined inside functions, returned, stored, and called later; decorators as functions.
def trace(f):
    depth = [0]
    def wrapper(*args):
        print("  " * depth[0] + f"-> {f.__name__}{args}")
        depth[0] += 1
        r = f(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapper

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib(4)

def pipeline(*stages):
    def run(x):
        for s in stages:
            x = s(x)
        return x
    return run

def scale(k):
    def f(x):
        return x * k
    return f

p = pipeline(scale(3), lambda v: v + 1, scale(0.5), str)
print(p(7), [pipeline(scale(n))(n) for n in range(5)])

def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    def report():
        return sorted(counts.items())
    return count, report

c, r = counter_factory()
for w in "to be or not to be".split():
    c(w)
print(r())
def repeat(n):
    def deco(f):
        def g(*a):
            return [f(*a) for _ in range(n)]
        return g
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("you"))
