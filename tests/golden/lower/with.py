def f(m):
    with m as v:
        return v
