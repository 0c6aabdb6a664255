import threading
import queue
results = {}
lock = threading.Lock()
def work(n, out):
    s = sum(i * i for i in range(n))
    with lock:
        out[n] = s
threads = [threading.Thread(target=work, args=(n, results)) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), [t.is_alive() for t in threads], threads[0].name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
class Worker(threading.Thread):
    def __init__(self, q):
        super().__init__(name="worker-x", daemon=True)
        self.q = q
        self.seen = []
    def run(self):
        while True:
            try:
                item = self.q.get_nowait()
            except queue.Empty:
                break
            self.seen.append(item)
            self.who = threading.current_thread().name
q = queue.Queue()
for i in range(5):
    q.put(i)
w = Worker(q)
print(w.daemon, w.is_alive())
w.start(); w.join()
print(w.seen, w.who, w.is_alive())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.wait(), ev.is_set())
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print(sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Lock().release()
except RuntimeError as e:
    print("RuntimeError:", e)
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(blocking=False), l.acquire(timeout=0.01))
l.release()
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
tl = threading.local()
tl.x = 5
print(tl.x)
cond = threading.Condition()
with cond:
    cond.notify_all()
print(cond.wait_for(lambda: 42) if False else "cond ok")
out = []
t = threading.Timer(0.01, out.append, args=["timer fired"])
t.start(); t.join()
print(out)
