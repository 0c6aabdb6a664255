# Fibonacci with a memo dict, iteratively, and the sum of even terms.
memo = {0: 0, 1: 1}

def fib(n):
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r

for i in range(0, 301, 25):
    print(i, fib(i))

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(all([fib(i) == fib_iter(i) for i in range(300)]))
print(len(memo), len(str(fib(300))))
even_sum = 0
a, b = 1, 2
while a < 4_000_000:
    if a % 2 == 0:
        even_sum += a
    a, b = b, a + b
print(even_sum)
print(fib_iter(1000) % 1_000_000_007)
