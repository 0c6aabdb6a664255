def f(a,
      b c):
    pass
z = a ? b : c
