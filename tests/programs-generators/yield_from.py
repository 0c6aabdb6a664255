# yield from: delegation to iterables and sub-generators, and the sub-generator's return value.
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    r = yield from inner(3)
    print("inner returned", r)
    yield from "ab"
    yield from [7, 8]
    return r + 1

g = outer()
print(list(g))
def wrap():
    result = yield from outer()
    yield result
print(list(wrap()))

def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)

def delegate():
    got = yield from echo()
    print("delegate got", got)
d = delegate()
print(next(d), d.send("a"), d.send("b"))
try:
    d.send(None)
except StopIteration as e:
    print("stopped", e.value)
