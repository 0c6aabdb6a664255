# try/finally inside generators: finally runs on exhaustion, on close, and on break.
def res(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)

for v in res("a"):
    print("got", v)
g = res("b")
print(next(g))
g.close()
print("after close")

def ret_in_finally():
    try:
        yield "x"
        return "r"
    finally:
        print("finally before StopIteration")
g = ret_in_finally()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
