# while loops: digit reversal, integer log, bisection of ints, countdown with else.
def reverse_digits(n):
    r = 0
    while n:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return r
print([reverse_digits(n) for n in (0, 7, 120, 12345, 10**20 + 1)])
def ilog(n, b):
    k = 0
    while n >= b:
        n //= b
        k += 1
    return k
print([ilog(n, 2) for n in (1, 2, 3, 1024, 10**18)], [ilog(n, 10) for n in (9, 10, 999, 10**50)])
n = 10
while n > 0:
    n -= 3
    print("n", n)
else:
    print("done at", n)
a, b = 0, 1
count = 0
while b < 10**30:
    a, b = b, a + b
    count += 1
print(count, b)
x = 1.0
k = 0
while x != x + 1:
    x *= 2
    k += 1
print(k, x)
