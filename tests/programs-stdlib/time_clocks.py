# time: clocks are floats/ints that move forward, sleep waits, errors as CPython's.
import time

t0 = time.time()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
time.sleep(0.02)
time.sleep(0)
print(time.perf_counter() - p0 >= 0.02, time.monotonic() - m0 >= 0.019)
print(time.perf_counter_ns() - n0 >= 20_000_000)
print(abs(time.time_ns() / 1e9 - time.time()) < 1.0, time.time() >= t0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.process_time()).__name__, time.process_time() >= 0, time.process_time_ns() >= 0)
print(time.time() > 1.7e9)

def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

start = time.perf_counter()
work(10000)
elapsed = time.perf_counter() - start
print(f"{'ok' if 0 <= elapsed < 60 else 'bad'}")

for bad in (-1, -0.5, "1", None, [1]):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.sleep(float("nan"))
except ValueError as e:
    print(e)
