# A coroutine called but never awaited: CPython's RuntimeWarning on stderr when the object
# is dropped (here each call is an expression statement, so at once).
async def job(n):
    print("never printed", n)


def forgetful():
    job(1)
    print("forgetful returns")


job(0)
print("after the first call")
forgetful()
closed = job(2)
closed.close()  # closing it is awaiting enough: no warning
started = job(3)
try:
    started.send(None)
except StopIteration:
    print("started ran")
print("end")
