print("hello")
x
x.y
1 + 1
f(x)[0]
lambda: 0
