# Happy numbers, Armstrong numbers, Kaprekar's routine, digit sums.
def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum([int(d) ** 2 for d in str(n)])
    return n == 1

print([n for n in range(1, 100) if happy(n)])
print([n for n in range(1, 100000) if n == sum([int(d) ** len(str(n)) for d in str(n)])][:20] if False else [n for n in range(1, 10000) if n == sum([int(d) ** len(str(n)) for d in str(n)])])

def kaprekar(n):
    steps = 0
    while n != 6174:
        s = str(n).zfill(4)
        n = int("".join(sorted(s, reverse=True))) - int("".join(sorted(s)))
        steps += 1
        if n == 0:
            return -1
    return steps

print([(n, kaprekar(n)) for n in (3524, 2111, 9831, 1000, 1112, 6174)])
print(sum([int(d) for d in str(2**1000)]), sum([int(d) for d in str(1)]), max([sum([int(d) for d in str(n)]) for n in range(1000)]))
def digital_root(n):
    while n >= 10:
        n = sum([int(d) for d in str(n)])
    return n
print([digital_root(n) for n in (0, 9, 10, 38, 99999, 2**100)])
