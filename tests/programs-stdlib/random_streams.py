import random
for s in [0, 1, 12345, -7, 2**100, "abc", b"xyz", 1.5, True]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(70), random.randrange(-10**20, 10**20, 3))
    print(" ", random.choices(range(1000), k=4), random.sample(range(10**6), 3), random.sample("abcdefgh", 8))
    print(" ", random.gauss(), random.normalvariate(5, 2), random.expovariate(0.5), random.gammavariate(2.5, 1.0))
    print(" ", random.betavariate(0.5, 0.5), random.lognormvariate(0, 1), random.vonmisesvariate(1, 4), random.paretovariate(3))
    print(" ", random.weibullvariate(1, 1.5), random.binomialvariate(20, 0.3), random.binomialvariate(1000, 0.5), random.triangular(0, 10, 2))
    xs = list(range(30))
    random.shuffle(xs)
    print(" ", xs, random.choices("abc", cum_weights=[1, 5, 6], k=5))
random.seed(3, version=1)
print(random.random())
for bad in [lambda: random.seed([1]), lambda: random.sample({1, 2}, 1), lambda: random.randrange(1, 10, 0), lambda: random.choices("ab", [1], k=1), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
