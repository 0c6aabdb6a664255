# Library modules teaching code leans on: random (seeded), itertools, functools, operator, string, re, json, heapq, bisect, statistics, textwrap, sys, time
import random, itertools, functools, operator, string, re, json, sys, time, heapq, bisect, statistics, textwrap
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2), random.randrange(0, 100, 5))
l = list(range(10)); random.shuffle(l); print(l, random.choices("abc", k=5), random.gauss(0, 1), random.getrandbits(20))
random.seed("text seed"); print(random.random())
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 2)), list(itertools.product("ab", repeat=2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.chain("ab", "cd")), list(itertools.chain.from_iterable([[1], [2]])))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.repeat(1, 3)), list(itertools.takewhile(lambda x: x < 3, range(10))))
print(list(itertools.dropwhile(lambda x: x < 3, range(6))), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.starmap(pow, [(2, 3)])), list(itertools.islice(itertools.count(10, 2), 3)), list(itertools.pairwise("abc")), list(itertools.batched(range(5), 2)))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.filterfalse(None, [0, 1, 0])), list(itertools.islice(itertools.cycle("ab"), 5)), [list(t) for t in itertools.tee([1, 2], 2)])
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1), functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(x): return x * x
print(sq(4), sq(4))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented():
    "docstring"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted(["b", "a", "C"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(1))
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.neg(3), operator.contains([1], 1))
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello  world"), string.Template("$a-${b}").substitute(a=1, b=2))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1b2"), re.split(r"[,;]\s*", "a, b;c"), re.match(r"(\w+)@(\w+)", "me@host").groups(), bool(re.search("^x", "yx")))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "date 2024-05!"); print(m.group(0), m["year"], m.groupdict(), m.span(), m.start("mon"))
print(re.sub(r"\s+", " ", "a   b \n c"), re.fullmatch(r"[a-z]+", "abc") is not None, re.compile(r"a+", re.I).findall("aAbAAa"), [m.group() for m in re.finditer(r"\b\w", "hi there")])
print(json.dumps({"a": [1, 2.5, None, True], "b": "é"}), json.dumps({"x": 1}, indent=2), json.loads('{"k": [1, 2, {"z": null}]}'), json.dumps("é", ensure_ascii=False), json.dumps([1, 2], separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.loads("3.5"), json.loads('"\\u00e9"'))
h = [5, 1, 4, 2]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, [3, 1, 2]))
print(bisect.bisect([1, 3, 5], 3), bisect.bisect_left([1, 3, 5], 3), bisect.insort(x := [1, 3], 2) or x)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode([1, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.variance([1, 2, 3]))
print(textwrap.wrap("the quick brown fox jumps over the lazy dog", 10), textwrap.fill("aaa bbb ccc", 7), textwrap.dedent("  a\n  b"), textwrap.shorten("hello world foo", 12))
print(sys.argv[1:], sys.version_info[:2], sys.maxsize, sys.platform, type(sys.path).__name__, sys.getrecursionlimit(), sys.byteorder, sys.float_info.max, sys.int_info.bits_per_digit if hasattr(sys, "int_info") else 30)
print(type(time.time()).__name__, time.strftime("%Y", time.gmtime(0)), time.gmtime(86400).tm_mday)
