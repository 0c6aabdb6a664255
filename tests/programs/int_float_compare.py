# Exact comparisons between ints and floats, even past 2**53, and mixed arithmetic results.
pairs = [(2**53, 2.0**53), (2**53 + 1, 2.0**53), (10**20, 1e20), (10**23, 1e23), (-(2**63), -9.223372036854776e18),
         (1, 1.0000000000000002), (0, -0.0), (10**400, float("inf")), (-(10**400), float("-inf")), (3, float("nan"))]
for i, f in pairs:
    print(i == f, i < f, i > f, i <= f, f < i, f == i)
print(2**53 + 1 + 0.0, 1 + 2.5, 2**64 * 0.5, 7 / 2, 8 / 2, type(8 / 2).__name__, -7 / 2, 10**20 / 3)
print(max(2**53 + 1, 2.0**53), min(1, 1.0), sorted([1.5, 1, 2**60, 1e18, True]), 5 == 5.0 == 5 + 0j)
print({1: "int", 1.0: "float"}, {2**53: 1}[2.0**53], 1e308 < 10**309, 0.1 < 1 / 10 + 1e-17)
