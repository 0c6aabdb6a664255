# Closures, nonlocal, global, late binding in loops, and counters.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

def adders():
    return [lambda x: x + i for i in range(4)]

print([f(10) for f in adders()])

def adders_bound():
    return [lambda x, i=i: x + i for i in range(4)]

print([f(10) for f in adders_bound()])
total = 0

def add_global(v):
    global total
    total += v
    return total

print(add_global(3), add_global(4), total)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        inner()
        return x
    r = middle()
    return r, x

print(outer())

def compose(*fs):
    def run(v):
        for f in reversed(fs):
            v = f(v)
        return v
    return run

print(compose(str, lambda v: v * 2, lambda v: v + 1)(5))

def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    def entries():
        return sorted(cache.items())
    wrapped_entries.append(entries)
    return wrapped

wrapped_entries = []

@memoize
def slow_square(n):
    print("computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5), wrapped_entries[0]())

def accumulate():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    return push, items

push, items = accumulate()
push(1); push("two"); push(3.0)
print(items)
x = 1
def shadow():
    x = 2
    def f():
        return x
    x = 3
    return f()
print(shadow(), x)
