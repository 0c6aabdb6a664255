squares = [x * x for x in range(10)]
evens = {x for x in data if x % 2 == 0 if x > 2}
index = {k: v for k, v in pairs}
gen = (x for x in it)
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [y for x in xs for y in x if y]
total = sum(x for x in xs)
pairs = [(x, y) for x in a for y in b if x != y]
