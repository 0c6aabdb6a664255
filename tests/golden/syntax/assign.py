x = 1
a = b = c = 2
x, y = y, x
[p, q] = 1, 2
obj.attr = value
items[0] = items[-1]
(a, (b, c)), d = t
m[1:2] = []
