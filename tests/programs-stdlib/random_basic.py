import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(5, 50)))
print(random.sample(range(100), 5), random.sample(['a', 'b', 'c', 'd'], 2))
print(random.choices(['x', 'y', 'z'], k=6), random.choices([1, 2, 3], weights=[5, 1, 1], k=5))
print(random.uniform(1.5, 2.5), random.gauss(0, 1), random.gauss(10, 2))
print(random.getrandbits(100), random.getrandbits(1))
random.seed("hello")
print(random.random())
random.seed(3.25)
print(random.random())
random.seed(2**80 + 7)
print([random.randint(-5, 5) for _ in range(10)])
print(random.expovariate(2.0), random.triangular(), random.betavariate(2, 3))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
b = [random.random() for _ in range(3)]
print(a == b)
random.seed(11)
print(random.randrange(10, None), random.choices("abc", None, k=3), random.sample([1, 2, 3], 2, counts=None), random.triangular(1, 3, None))
