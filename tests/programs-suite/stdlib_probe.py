# standard-library corners used by test programs: seeded random, heapq, bisect, itertools, functools, collections, string, statistics
import random, heapq, bisect, itertools, functools, collections, string, statistics
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2), random.randrange(0, 100, 7), random.gauss(0, 1), random.getrandbits(70))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.choices("abc", weights=[1, 2, 3], k=6), random.triangular(), random.betavariate(2, 3), random.expovariate(1.5))
random.seed("text"); print(random.random()); random.seed(b"bytes"); print(random.random()); random.seed(3.5) if False else None
r = random.Random(7); print(r.random(), r.randint(0, 10**20), r.choice([1, 2, 3]))
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, [4, 1, 7]), heapq.heappushpop(h, 0), list(heapq.merge([1, 4], [2, 3])))
a = [1, 2, 4, 4, 8]; print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5)); bisect.insort(a, 3); print(a, bisect.bisect_left(a, 4, key=None))
print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.pairwise("abcd")), list(itertools.batched(range(7), 3)), list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.chain.from_iterable(["ab", "c"])))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)("101"), functools.lru_cache(maxsize=None)(lambda n: n)(3), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
c = collections.Counter("mississippi"); print(c, c.most_common(2), c["z"], sorted(c.elements())[:5], c + collections.Counter("ss"), c.total())
dq = collections.deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(4); dq.rotate(1); print(dq, dq.maxlen, list(reversed(dq)))
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False))
dd = collections.defaultdict(list); dd["x"].append(1); print(dd, dict(dd), dd.default_factory)
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm))
print(string.ascii_letters[:10], string.digits, string.punctuation[:10], string.capwords("hello  world"), string.Template("$x-${y}").substitute(x=1, y=2))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode([1, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.median_low([1, 2, 3, 4]), statistics.fmean([1, 2]))
