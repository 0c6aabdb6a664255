import random
random.seed(99)
random.gauss()
st = random.getstate()
print(st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
a = [random.random(), random.gauss(), random.randbytes(5)]
random.setstate(st)
b = [random.random(), random.gauss(), random.randbytes(5)]
print(a == b, a)
print(random.randbytes(0), len(random.randbytes(33)))
for bad in [lambda: random.setstate((3, (1, 2), None)), lambda: random.randbytes(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
