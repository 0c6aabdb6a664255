class A:
    nonlocal x y
