# send, throw and close, including GeneratorExit and the errors of misuse.
def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("caught", e)
            total = -1
            continue
        total += x

g = acc()
print(g.send(None))
print(g.send(5), g.send(6))
print(g.throw(ValueError("bad")))
print(g.send(1))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("closed generator: StopIteration")

h = acc()
try:
    h.send(3)
except TypeError as e:
    print("TypeError:", e)

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer()
next(c)
c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", repr(e))
print(next(u, "exhausted"))
