# The Josephus problem by simulation and by recurrence.
def simulate(n, k):
    people = list(range(1, n + 1))
    idx = 0
    order = []
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order

def survivor(n, k):
    s = 0
    for m in range(2, n + 1):
        s = (s + k) % m
    return s + 1

print(simulate(7, 3), simulate(10, 2))
for n in (1, 5, 10, 41, 100, 1000):
    print(n, survivor(n, 3), simulate(n, 3)[-1] if n <= 100 else "-", survivor(n, 2))
