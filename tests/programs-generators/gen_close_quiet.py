# close() of generators suspended outside any try/with (closed without raising, as CPython 3.12+
# does) and inside release regions of for loops over generators (the inner ones are closed):
# every finally runs, in CPython's order, and closed generators stay finished.
def g1():
    yield 1
    yield 2
def g2():
    try:
        yield 1
    finally:
        print("g2 finally")
def g3():
    try:
        yield 1
    except GeneratorExit:
        print("g3 exit")
        raise
def g4():
    with open(__file__) as f:
        yield 1
    print("never")
def g5():
    for x in g2():
        yield x
def g6():
    yield from g2()
a = g1(); next(a); print(a.close(), a.gi_frame is None, list(a))
b = g2(); next(b); b.close()
c = g3(); next(c); c.close()
d = g4(); next(d); d.close(); print("d closed")
e = g5(); next(e); e.close(); print("e closed")
f = g6(); next(f); f.close(); print("f closed")
print(all(x < 1 for x in g2()))
print(any(x > 0 for x in g5()))
def g7():
    try:
        raise ValueError
    except ValueError:
        yield 1
h = g7(); next(h); h.close(); print("h", list(h))
def g8():
    x = yield 1
    print("got", x)
k = g8(); next(k); k.close()
try: k.send(1)
except StopIteration: print("stop")
def nested_release():
    for a in g2():
        for b in g5():
            yield a, b
n = nested_release(); print(next(n)); n.close(); print("n closed", list(n))
def primes(limit):
    found = []
    for c in range(2, limit):
        if all(c % p for p in (q for q in found if q * q <= c)):
            found.append(c)
    return found
print(primes(60))
