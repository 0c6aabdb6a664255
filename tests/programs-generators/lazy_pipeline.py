# Laziness: generators interleave, infinite generators, pipelines and closures over locals.
def naturals():
    n = 0
    while True:
        print("produce", n)
        yield n
        n += 1

def take(k, it):
    for i, v in enumerate(it):
        if i >= k:
            return
        yield v

evens = (n for n in naturals() if n % 2 == 0)
print(list(take(3, evens)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield bump()
print(list(counter()))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
z = zip(naturals(), "ab")
print(list(z))
