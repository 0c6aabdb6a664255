f()
f(1)
f(1, 2, x=3)
f(*args)
f(**kwargs)
f(a, *b, c=d, **e)
f(x for x in y)
f(a)(b)(c)
obj.method(1).other()
f(
    1,
    2,
)
f(a, *b, c, *d)
f(x=1, *y)
