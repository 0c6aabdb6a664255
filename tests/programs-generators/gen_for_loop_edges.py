# Generators driven by for loops, at their edges: PEP 479, exceptions leaving them, handled
# exceptions across yields, "already executing", recursion limits, close on break,
# gi_running/gi_frame, tracebacks through them.
import os, sys, traceback

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(sum(x for x in count(10)), list(count(3)))

def bad():
    yield 1
    raise StopIteration("inner")

try:
    for v in bad():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def boom(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"boom at {i}")
        yield i

try:
    for v in boom(5):
        print("v", v)
except ValueError as e:
    print("caught", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb])

def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]

for x in handled():
    print("handled:", x, sys.exc_info()[0])

def selfish():
    for x in g:
        yield x
    yield 1

g = selfish()
try:
    for x in g:
        print(x)
except ValueError as e:
    print("ValueError:", e)

def tree(n):
    if n == 0:
        yield ()
        return
    for rest in tree(n - 1):
        for c in "ab":
            yield rest + (c,)

print(len(list(tree(8))), next(iter(tree(3))))

def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield "bottom"

sys.setrecursionlimit(200)
try:
    for x in deep(500):
        print(x)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(list(deep(100)))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

for x in fin():
    print("fin", x)
    break
print("after break")

def running():
    yield g2.gi_running
    yield g2.gi_frame.f_lineno
    yield sys._getframe(1).f_code.co_name

def caller():
    global g2
    g2 = running()
    return [x for x in g2]
print(caller())

def nested_gens():
    for a in count(3):
        for b in count(a):
            yield (a, b)
print(list(nested_gens()))

def ret_value():
    x = yield from count(2)
    yield x
print(list(ret_value()))

class Stop(Exception): pass
def raiser():
    yield 1
    raise Stop
def outer():
    try:
        for x in raiser():
            yield x * 10
    except Stop:
        yield "stopped"
print(list(outer()))

def gen_tb():
    yield 1
    1 / 0
def use():
    for x in gen_tb():
        pass
try:
    use()
except ZeroDivisionError:
    # The file's own name only: the expected output must not depend on where the tests run.
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)), end="")

def after_exhaust():
    yield 1
it = after_exhaust()
for x in it: pass
for x in it: print("never")
print(next(it, "exhausted"))
print(it.gi_frame, it.gi_running)
