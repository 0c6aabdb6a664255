# A temporary generator wrapped by enumerate(), zip(), map() or filter() in a for loop is closed
# where the loop is left early, with the wrapper (zip frees its iterators last first).
def gen(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(name, "finally")

for i, x in enumerate(gen("enum")):
    if i == 1:
        break
print("after enumerate")
for a, b in zip(gen("z1"), gen("z2")):
    break
print("after zip")
for y in map(str, gen("map")):
    print(y)
    break
print("after map")
def f():
    for i, x in enumerate(gen("enum-ret"), start=1):
        return i
print(f())
try:
    for x in filter(None, gen("filter")):
        raise KeyError(x)
except KeyError as e:
    print("caught", e)
g = gen("named")
for i, x in enumerate(g):
    break
print("named not closed")
g.close()
lst = [1, 2]
for i, x in enumerate(lst):
    break
print("list fine")
