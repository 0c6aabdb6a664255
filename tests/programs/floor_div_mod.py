# Negative floor division and modulo, for ints and floats, and divmod identities.
vals = [7, -7, 3, -3, 0, 1, -1, 10**20 + 3, -(10**20) - 3]
divs = [2, -2, 3, -3, 7, -7, 10**10, -(10**10)]
for a in vals:
    print(a, [(a // d, a % d) for d in divs])
for a in vals:
    for d in divs:
        q, r = divmod(a, d)
        assert q * d + r == a and (r == 0 or (r > 0) == (d > 0))
fvals = [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, 5.0, -5.0]
fdivs = [2.0, -2.0, 0.5, -0.5, 3.0, 1e-300]
for a in fvals:
    print(a, [(a // d, a % d) for d in fdivs])
print(7 // 2.0, -7 // 2.0, 7 % -2.5, -7 % 2.5, divmod(-7, 2.5), divmod(7.5, -2))
print(-0.0 % 5.0, 0.0 % -5.0, -1e-20 % 1.0, 1e-20 % -1.0)
print(5 % -3, -5 % 3, -5 // 3, 5 // -3, -1 // 10**30, 1 % -(10**30))
