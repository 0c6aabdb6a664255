from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, Future, CancelledError
import concurrent.futures as cf

def square(x):
    return x * x

def boom(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(8))))
    futs = {ex.submit(square, i): i for i in range(5)}
    print(sorted((futs[f], f.result()) for f in as_completed(futs)))
    bad = ex.submit(boom, 3)
    print(type(bad.exception()).__name__, bad.exception(), bad.done())
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    done, not_done = wait(list(futs))
    print(len(done), len(not_done))
    seen = []
    f = ex.submit(sum, [1, 2, 3])
    f.result()
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(seen, f.cancel(), f.cancelled(), f.running())
with ProcessPoolExecutor() as pex:
    print(sum(pex.map(square, range(100), chunksize=10)))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
fu = Future()
print(fu.done(), fu.cancel(), fu.cancelled())
try:
    fu.result()
except CancelledError:
    print("CancelledError")
fu2 = Future(); fu2.set_result(5); print(fu2.result(), repr(fu2).split(" state=")[1])
try:
    fu2.set_result(6)
except cf.InvalidStateError as e:
    print("InvalidStateError")
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
