"""Word-frequency and queue simulations with collections (own version)."""
import random
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
import heapq
import bisect

Event = namedtuple("Event", "time kind payload")
Point = namedtuple("Point", ["x", "y"], defaults=[0])

WORDS = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs".split()


def word_stats(rng, n):
    text = [rng.choice(WORDS) for _ in range(n)]
    c = Counter(text)
    print(c.most_common(4))
    print(sorted(c.items())[:5])
    c2 = Counter(WORDS)
    print((c - c2).most_common(3), (c & c2)["the"], (c | c2)["fox"])
    print(c.total(), len(c), sum(c.values()))
    first = OrderedDict()
    for w in text:
        first.setdefault(w, len(first))
    first.move_to_end("the")
    print(list(first.items())[:4], next(reversed(first)))
    first.popitem(last=False)
    print(list(first)[:3])
    groups = defaultdict(list)
    for w in text[:40]:
        groups[len(w)].append(w)
    print({k: len(v) for k, v in sorted(groups.items())})
    print(repr(defaultdict(int, a=1)))


def event_sim(rng, n):
    heap = []
    seq = 0
    for i in range(n):
        t = rng.randint(0, 1000)
        heapq.heappush(heap, (t, seq, Event(t, rng.choice("abc"), i)))
        seq += 1
    out = []
    while heap:
        _, _, ev = heapq.heappop(heap)
        out.append(ev)
    print(out[0], out[-1].kind, len(out))
    print(heapq.nsmallest(3, [e.time for e in out]), heapq.nlargest(2, out, key=lambda e: e.payload))
    times = [e.time for e in out]
    for probe in (0, 500, 999, 1001):
        print(probe, bisect.bisect_left(times, probe), bisect.bisect_right(times, probe))
    lst = []
    for v in [5, 1, 4, 1, 5, 9, 2, 6]:
        bisect.insort(lst, v)
    print(lst)


def window(rng, n):
    d = deque(maxlen=5)
    sums = []
    for i in range(n):
        d.append(rng.random())
        sums.append(round(sum(d), 6))
    print(sums[-3:], len(d), d.maxlen)
    d2 = deque(range(10))
    d2.rotate(3)
    print(d2)
    d2.rotate(-5)
    d2.appendleft(-1)
    print(list(d2), d2.popleft(), d2.pop())
    bfs = deque([(0, 0)])
    seen = {(0, 0)}
    while bfs:
        x, y = bfs.popleft()
        for nx, ny in ((x + 1, y), (x, y + 1)):
            if nx < 6 and ny < 6 and (nx, ny) not in seen:
                seen.add((nx, ny))
                bfs.append((nx, ny))
    print(len(seen))


def misc():
    p = Point(3)
    q = p._replace(y=7)
    print(p, q, q._asdict(), Point._fields, Point._field_defaults)
    print(p + q, q.x * q.y, Point._make([1, 2]))
    x, y = q
    print(x, y, isinstance(q, tuple))
    cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
    print(cm["a"], cm["b"], len(cm), sorted(cm))
    cm = cm.new_child({"c": 4})
    print(cm["c"], list(cm.maps[1].items()))


if __name__ == "__main__":
    rng = random.Random(12345)
    word_stats(rng, 300)
    event_sim(rng, 200)
    window(rng, 50)
    misc()
    random.seed(7)
    print(random.random(), random.randint(1, 100), random.sample(range(100), 5))
    print(random.choices("abcde", weights=[5, 1, 1, 1, 10], k=8))
    lst = list(range(20))
    random.shuffle(lst)
    print(lst, random.uniform(1, 2), random.gauss(0, 1))
