# the iteration protocol: __iter__/__next__, the __getitem__ fallback, iter() errors, StopIteration, reversed, sentinel
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
c = Count(3); print(list(c), list(c), sum(Count(4)), max(Count(5)), sorted(Count(3), reverse=True), 2 in Count(3), tuple(Count(2)))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()], iter(Seq()).__next__(), list(zip(Seq(), "ab")))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError
        return "abc"[i]
print(list(reversed(Rev())), list(Rev()))
class BadIter:
    def __iter__(self): return 5
show(lambda: iter(BadIter()))
show(lambda: list(BadIter()))
class NoNext:
    def __iter__(self): return self
show(lambda: iter(NoNext()))
show(lambda: iter(5))
show(lambda: next(5))
show(lambda: reversed(5))
show(lambda: reversed(Count(2)))
show(lambda: list(Seq())[9])
class StopValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("done")
print(list(StopValue()))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
show(lambda: next(it))
def gen():
    yield 1
    return "result"
g = gen(); next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", repr(e.value), e.args)
def inner():
    x = yield 1
    print("inner got", x)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 2
o = outer(); print(next(o)); print(o.send("sent")); show(lambda: next(o))
def stop_in_gen():
    yield 1
    raise StopIteration("x")
show(lambda: list(stop_in_gen()))
calls = []
class Tracked:
    def __init__(self): self.n = 0
    def __iter__(self): calls.append("iter"); return self
    def __next__(self):
        calls.append("next"); self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
for a in Tracked():
    pass
print(calls)
print(list(iter(iter(iter([1, 2])))), iter(it) is it, list(enumerate(Count(2))), list(map(lambda a, b: a + b, Count(3), Seq())), dict(zip(Seq(), Count(2))))
e = enumerate("ab"); print(next(e), list(e), type(e).__name__)
z = zip("ab", [1, 2, 3]); print(list(z), list(z))
m = map(str, [1, 2]); print(next(m), list(m), list(m))
f = filter(None, [0, 1, 2]); print(list(f), list(f))
r = reversed([1, 2, 3]); print(next(r), list(r))
ri = iter(range(3)); next(ri); print(list(ri))
print(list(iter([].__iter__())), [*Count(2), *Seq()], {*Count(3)}, (*"ab",))
a, *b = Count(4); print(a, b)
