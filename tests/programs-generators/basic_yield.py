# Generator functions: yield, iteration with for / list() / next(), return value as StopIteration.value.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count_up(4)))
for x in count_up(3):
    print("for", x)
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "default"))
print(next(count_up(0), None))
print(sum(count_up(101)))
print(type(g).__name__)
