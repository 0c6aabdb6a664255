x = a if cond else b
y = a if c1 else b if c2 else c
z = (lambda: 1) if f else (lambda: 2)
w = [i if i else -i for i in data]
