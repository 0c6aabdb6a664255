# Seeded simulations from an intro course: dice histograms, Monte Carlo pi, random walks, card games, Monty Hall
import random
import statistics
from collections import Counter

random.seed(2023)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3600)]
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2d} {hist[total]:4d} {'*' * (hist[total] // 20)}")
print("mean", round(statistics.mean(rolls), 3), "mode", statistics.mode(rolls), "stdev", round(statistics.stdev(rolls), 3))
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)
pos, path = 0, []
for step in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print("walk:", path, "max", max(path), "min", min(path))
x = y = 0
for _ in range(1000):
    dx, dy = random.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
    x, y = x + dx, y + dy
print("2D walk ends at", (x, y), "distance", round((x * x + y * y) ** 0.5, 3))
suits, ranks = "SHDC", "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [sorted(deck[i * 5:(i + 1) * 5], key=lambda c: ranks.index(c[0])) for i in range(4)]
for i, hand in enumerate(hands, 1):
    counts = sorted(Counter(c[0] for c in hand).values(), reverse=True)
    label = {(4, 1): "four of a kind", (3, 2): "full house", (3, 1, 1): "three of a kind", (2, 2, 1): "two pair", (2, 1, 1, 1): "pair"}.get(tuple(counts), "high card")
    print(f"hand {i}: {' '.join(hand)} -> {label}")


def monty_hall(switch, trials=3000):
    wins = 0
    for _ in range(trials):
        car = random.randrange(3)
        pick = random.randrange(3)
        opened = next(d for d in range(3) if d != pick and d != car)
        if switch:
            pick = next(d for d in range(3) if d not in (pick, opened))
        wins += pick == car
    return wins / trials


print("stay", monty_hall(False), "switch", monty_hall(True))
rng = random.Random(7)
print(rng.random(), rng.uniform(10, 20), rng.gauss(100, 15), rng.normalvariate(0, 1), rng.expovariate(2), rng.triangular(0, 10, 3))
print(rng.betavariate(2, 5), rng.gammavariate(2, 3), rng.lognormvariate(0, 0.5), rng.vonmisesvariate(0, 1), rng.paretovariate(3), rng.weibullvariate(1, 1.5))
print(rng.choices(range(10), k=5), rng.choices("abc", weights=[1, 0, 5], k=6), rng.choices("xy", cum_weights=[1, 10], k=4), rng.sample(range(1000), 3), rng.getrandbits(64))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)], rng.randbytes(6).hex(), rng.binomialvariate(20, 0.3))
population = [random.gauss(170, 10) for _ in range(500)]
print(round(statistics.mean(population), 2), round(statistics.median(population), 2), [round(q, 1) for q in statistics.quantiles(population, n=4)])
nd = statistics.NormalDist(170, 10)
print(round(nd.cdf(180), 4), round(nd.inv_cdf(0.975), 3), nd.mean, nd.stdev, round(nd.pdf(170), 5), round(nd.overlap(statistics.NormalDist(175, 10)), 4))
xs = list(range(1, 11))
ys = [2 * v + random.uniform(-1, 1) for v in xs]
slope, intercept = statistics.linear_regression(xs, ys)
print(round(slope, 3), round(intercept, 3), round(statistics.correlation(xs, ys), 4), round(statistics.covariance(xs, ys), 3))
birthday_hits = sum(len(set(random.randrange(365) for _ in range(23))) < 23 for _ in range(2000))
print("birthday paradox ~", birthday_hits / 2000)
